package dev.comptoir.orders.placement.control;

import static dev.comptoir.orders.messaging.OrdersMessaging.FULFILMENT;
import static dev.comptoir.orders.messaging.OrdersMessaging.ORDER_EVENTS;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * What Orders tells the others, in the transaction of the change: OrderPlaced, OrderApproved, OrderCancelled
 * on the order-events topic (schema version 1), and one PickLine per line on the fulfilment queue when an
 * order is approved, grouped by order so that its lines are picked in order.
 */
@ApplicationScoped
public class OrderEvents {

    @Inject
    Messages messages;

    public void placed(CustomerOrder order) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        order.lines()
                .forEach(line -> lines.add(
                        Json.createObjectBuilder().add("sku", line.sku()).add("quantity", line.quantity())));
        messages.publish(
                ORDER_EVENTS,
                Event.of(
                        "OrderPlaced",
                        1,
                        order.id(),
                        about(order)
                                .add("placedAt", order.placedAt().toString())
                                .add("lines", lines)
                                .build()));
    }

    public void approved(CustomerOrder order) {
        messages.publish(
                ORDER_EVENTS,
                Event.of("OrderApproved", 1, order.id(), about(order).build()));
        List<OrderLine> lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            JsonObject pick = Json.createObjectBuilder()
                    .add("orderId", order.id())
                    .add("lineNo", i + 1)
                    .add("lineCount", lines.size())
                    .add("sku", lines.get(i).sku())
                    .add("quantity", lines.get(i).quantity())
                    .build();
            messages.enqueue(FULFILMENT, Event.of("PickLine", 1, order.id(), pick));
        }
    }

    public void cancelled(CustomerOrder order) {
        messages.publish(
                ORDER_EVENTS,
                Event.of("OrderCancelled", 1, order.id(), about(order).build()));
    }

    private static JsonObjectBuilder about(CustomerOrder order) {
        return Json.createObjectBuilder().add("orderId", order.id()).add("customerId", order.customerId());
    }
}
