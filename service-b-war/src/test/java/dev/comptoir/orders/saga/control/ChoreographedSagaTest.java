package dev.comptoir.orders.saga.control;

import static dev.comptoir.orders.saga.control.ChoreographedSaga.answerWait;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.orders.saga.entity.Saga;
import dev.comptoir.orders.saga.entity.SagaState;
import dev.comptoir.orders.saga.entity.SagaStyle;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChoreographedSagaTest {

    @Test
    void theRequestWaitsForARunningSagaUntilItsDeadlineAndTheGrace() {
        Saga saga = new Saga("o-1", SagaStyle.CHOREOGRAPHED, Duration.ofSeconds(30));

        assertEquals(Duration.ofSeconds(40), answerWait(saga, saga.startedAt(), 10_000));
        assertEquals(Duration.ofSeconds(10), answerWait(saga, saga.deadline(), 10_000));
    }

    @Test
    void theRequestDoesNotWaitForASagaThatEnded() {
        Saga saga = new Saga("o-1", SagaStyle.CHOREOGRAPHED, Duration.ofSeconds(30));
        saga.end(SagaState.CONFIRMED, null);

        assertEquals(Duration.ZERO, answerWait(saga, saga.startedAt(), 10_000));
    }
}
