package dev.comptoir.orders.placement.entity;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** An order was placed with these lines, numbered from 1. Schema version 1 had no line numbers. */
public record OrderPlaced(String orderId, String customerId, Instant placedAt, List<OrderLine> lines)
        implements OrderEvent {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    @Override
    public OrderEventType type() {
        return OrderEventType.ORDER_PLACED;
    }

    @Override
    public JsonObject toJson() {
        return OrderEventJson.about(this)
                .add("placedAt", placedAt.toString())
                .add("lines", OrderLine.toJson(lines))
                .build();
    }

    static OrderPlaced from(JsonObject json) {
        return new OrderPlaced(
                json.getString("orderId"),
                json.getString("customerId"),
                Instant.parse(json.getString("placedAt")),
                OrderLine.from(json.getJsonArray("lines")));
    }

    public int units() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    @Override
    public void accept(Handler handler) {
        handler.on(this);
    }
}
