package dev.comptoir.orders.placement.entity;

import jakarta.json.JsonObject;

/** An open order was cancelled. */
public record OrderCancelled(String orderId, String customerId) implements OrderEvent {

    @Override
    public OrderEventType type() {
        return OrderEventType.ORDER_CANCELLED;
    }

    @Override
    public JsonObject toJson() {
        return OrderEventJson.about(this).build();
    }

    static OrderCancelled from(JsonObject json) {
        return new OrderCancelled(json.getString("orderId"), json.getString("customerId"));
    }

    @Override
    public void accept(Handler handler) {
        handler.on(this);
    }
}
