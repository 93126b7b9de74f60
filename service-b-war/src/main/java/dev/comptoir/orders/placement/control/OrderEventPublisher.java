package dev.comptoir.orders.placement.control;

import static dev.comptoir.orders.messaging.OrdersMessaging.FULFILMENT;
import static dev.comptoir.orders.messaging.OrdersMessaging.ORDER_EVENTS;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderEventType;
import dev.comptoir.orders.placement.entity.OrderLine;
import dev.comptoir.orders.placement.entity.PickLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What Orders tells the others, in the transaction of the append: each stored event, with its id, type,
 * schema version and stream version, on the order-events topic; and when an order is approved, one PickLine per line on
 * the fulfilment queue, grouped by order so that its lines are picked in order.
 */
@ApplicationScoped
public class OrderEventPublisher {

    @Inject
    Messages messages;

    public void appended(CustomerOrder order, List<RecordedEvent> events) {
        for (RecordedEvent event : events) {
            messages.publish(
                    ORDER_EVENTS,
                    new Event(
                            event.eventId(),
                            event.type(),
                            event.schemaVersion(),
                            event.recordedAt(),
                            event.correlationId(),
                            event.streamId(),
                            event.version(),
                            event.payload()));
            if (OrderEventType.named(event.type()) == OrderEventType.ORDER_APPROVED) {
                pickingList(order);
            }
        }
    }

    private void pickingList(CustomerOrder order) {
        List<OrderLine> lines = order.lines();
        for (OrderLine line : lines) {
            PickLine pick = new PickLine(order.id(), line, lines.size());
            messages.enqueue(FULFILMENT, Event.of(PickLine.TYPE, PickLine.SCHEMA_VERSION, order.id(), pick.toJson()));
        }
    }
}
