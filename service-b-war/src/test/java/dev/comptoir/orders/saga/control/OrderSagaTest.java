package dev.comptoir.orders.saga.control;

import static dev.comptoir.orders.saga.control.OrderSaga.stuckEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.orders.saga.control.OrderSaga.StuckEnd;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderSagaTest {

    @Test
    void waitsForTheNextRoundWhileAParticipantDoesNotAnswerEvenIfTheCloseWasRecorded() {
        assertEquals(
                StuckEnd.WAIT, stuckEnd(true, Map.of("customers", "Completed", "inventory", Participants.UNREACHABLE)));
        assertEquals(
                StuckEnd.WAIT, stuckEnd(false, Map.of("customers", Participants.UNREACHABLE, "inventory", "Active")));
    }

    @Test
    void approvesAStuckSagaWhoseLraWasClosed() {
        assertEquals(StuckEnd.APPROVE, stuckEnd(true, Map.of("customers", "Active", "inventory", "Active")));
        assertEquals(
                StuckEnd.APPROVE,
                stuckEnd(false, Map.of("customers", "Active", "inventory", "Completed")),
                "a participant that completed saw the close even if Orders stopped before recording it");
    }

    @Test
    void cancelsAStuckSagaThatNoParticipantCompleted() {
        assertEquals(StuckEnd.CANCEL, stuckEnd(false, Map.of("customers", "Active", "inventory", "Compensated")));
        assertEquals(StuckEnd.CANCEL, stuckEnd(false, Map.of()));
    }
}
