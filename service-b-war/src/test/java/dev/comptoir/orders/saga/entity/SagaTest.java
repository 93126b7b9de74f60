package dev.comptoir.orders.saga.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SagaTest {

    @Test
    void runsUntilItsDeadlineOneTimeLimitAfterItsStart() {
        Saga saga = new Saga("o-1", SagaStyle.CHOREOGRAPHED, Duration.ofSeconds(30));

        assertEquals(SagaState.RUNNING, saga.state());
        assertEquals(Duration.ofSeconds(30), Duration.between(saga.startedAt(), saga.deadline()));
        assertNull(saga.endedAt());
    }

    @Test
    void knowsTheLraWasClosedOnlyFromADoneCloseStep() {
        Saga saga = new Saga("o-1", SagaStyle.ORCHESTRATED, Duration.ofSeconds(30));
        saga.record(new SagaStep("close-lra", "lra-coordinator", StepOutcome.FAILED, "503"));
        saga.record(new SagaStep("reserve-stock", "inventory", StepOutcome.DONE, null));
        assertFalse(saga.closeRecorded());

        saga.record(new SagaStep("close-lra", "lra-coordinator", StepOutcome.DONE, null));
        assertTrue(saga.closeRecorded());
    }

    @Test
    void endsWithItsStateAndAReasonCutTo500Characters() {
        Saga saga = new Saga("o-1", SagaStyle.ORCHESTRATED, Duration.ofSeconds(30));

        saga.end(SagaState.COMPENSATED, "x".repeat(600));

        assertEquals(SagaState.COMPENSATED, saga.state());
        assertEquals(500, saga.reason().length());
        assertNotNull(saga.endedAt());
    }
}
