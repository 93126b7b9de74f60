package dev.comptoir.orders.saga.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.orders.saga.entity.StepOutcome;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReplyTest {

    @Test
    void aSuccessIsDoneAClientErrorARefusalAndAServerErrorOrNoAnswerAFault() {
        assertEquals(StepOutcome.DONE, Reply.of(200, "{}").outcome());
        assertEquals(StepOutcome.DONE, Reply.of(299, "").outcome());
        assertEquals(StepOutcome.FAILED, Reply.of(300, "").outcome(), "a redirect is not an answer the saga takes");
        assertEquals(StepOutcome.REFUSED, Reply.of(400, "").outcome());
        assertEquals(StepOutcome.REFUSED, Reply.of(499, "").outcome());
        assertEquals(StepOutcome.FAILED, Reply.of(500, "").outcome());
        assertEquals(
                StepOutcome.FAILED, Reply.failed(new IOException("reset"), true).outcome());
        assertTrue(Reply.of(201, "").done());
        assertFalse(Reply.of(422, "").done());
    }

    @Test
    void namesTheStepAndWhetherItWasRefusedOrFailedWithTheProblemsDetail() {
        Reply refused =
                Reply.of(422, "{\"status\":422,\"detail\":\"Customer 42 has 10.00 available, less than 25.00\"}");
        assertEquals("Credit refused: Customer 42 has 10.00 available, less than 25.00", refused.reason("Credit"));
        assertEquals("Stock failed: 503 busy", Reply.of(503, "busy").reason("Stock"));
        assertEquals("Stock failed: 500", Reply.of(500, " ").reason("Stock"));
        assertEquals(
                "Credit failed: ConnectException: refused",
                Reply.failed(new java.net.ConnectException("refused"), false).reason("Credit"));
    }

    @Test
    void readsOnlyAJsonObjectBody() {
        assertEquals(1, Reply.of(200, " {\"a\":1}").json().getInt("a"));
        assertNull(Reply.of(200, "[1]").json());
        assertNull(Reply.of(200, "{not json").json());
        assertNull(Reply.of(200, null).json());
    }
}
