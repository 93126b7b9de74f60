package dev.comptoir.orders.placement.entity;

import jakarta.json.JsonObject;

/** A line was added to a placed order, numbered after the last one. */
public record LineAdded(String orderId, String customerId, OrderLine line) implements OrderEvent {

    @Override
    public OrderEventType type() {
        return OrderEventType.LINE_ADDED;
    }

    @Override
    public JsonObject toJson() {
        return OrderEventJson.about(this).add("line", line.toJson()).build();
    }

    static LineAdded from(JsonObject json) {
        return new LineAdded(
                json.getString("orderId"), json.getString("customerId"), OrderLine.from(json.getJsonObject("line")));
    }

    @Override
    public void accept(Handler handler) {
        handler.on(this);
    }
}
