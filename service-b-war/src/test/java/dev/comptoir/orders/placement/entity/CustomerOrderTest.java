package dev.comptoir.orders.placement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.eventstore.entity.NewEvent;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerOrderTest {

    @Test
    void replayingTheRecordedEventsGivesTheSameState() {
        CustomerOrder order = CustomerOrder.place("c1", List.of(new OrderLine(0, "A", 2)));
        order.addLine("B", 1);
        order.approve();

        CustomerOrder replayed = CustomerOrder.replay(order.id(), null, recorded(order.id(), order.changes()));

        assertEquals(order.snapshot(), replayed.snapshot());
        assertEquals(OrderStatus.APPROVED, replayed.status());
        assertEquals(List.of(new OrderLine(1, "A", 2), new OrderLine(2, "B", 1)), replayed.lines());
        assertEquals(3, replayed.version());
    }

    @Test
    void aSnapshotPlusTheLaterEventsGivesTheSameStateAsTheFullReplay() {
        CustomerOrder order = CustomerOrder.place("c1", List.of(new OrderLine(0, "A", 1)));
        for (int i = 0; i < 25; i++) {
            order.addLine("SKU-" + i, i + 1);
        }
        order.reject("out of stock");
        List<RecordedEvent> events = recorded(order.id(), order.changes());

        CustomerOrder atTwelve = CustomerOrder.replay(order.id(), null, events.subList(0, 12));
        CustomerOrder fromSnapshot = CustomerOrder.replay(
                order.id(), CustomerOrder.fromSnapshot(atTwelve.snapshot()), events.subList(12, events.size()));
        CustomerOrder full = CustomerOrder.replay(order.id(), null, events);

        assertEquals(full.snapshot(), fromSnapshot.snapshot());
        assertEquals("out of stock", fromSnapshot.rejectionReason());
    }

    @Test
    void refusesTransitionsTheStateDoesNotAllow() {
        CustomerOrder order = CustomerOrder.place("c1", List.of(new OrderLine(0, "A", 1)));
        assertThrows(ProblemException.class, order::ship);
        order.cancel();
        assertThrows(ProblemException.class, order::approve);
        assertThrows(ProblemException.class, () -> order.reject("late"));
        assertThrows(ProblemException.class, order::cancel);
        assertEquals(2, order.changes().size(), "refused commands record nothing");
    }

    private static List<RecordedEvent> recorded(String streamId, List<NewEvent> events) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            NewEvent event = events.get(i);
            recorded.add(new RecordedEvent(
                    i + 1,
                    event.eventId(),
                    streamId,
                    i + 1,
                    event.type(),
                    event.schemaVersion(),
                    event.schemaVersion(),
                    event.payload(),
                    null,
                    null,
                    Instant.EPOCH));
        }
        return recorded;
    }
}
