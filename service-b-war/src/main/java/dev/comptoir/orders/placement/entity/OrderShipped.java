package dev.comptoir.orders.placement.entity;

import jakarta.json.JsonObject;

/** An approved order was shipped. */
public record OrderShipped(String orderId, String customerId) implements OrderEvent {

    @Override
    public OrderEventType type() {
        return OrderEventType.ORDER_SHIPPED;
    }

    @Override
    public JsonObject toJson() {
        return OrderEventJson.about(this).build();
    }

    static OrderShipped from(JsonObject json) {
        return new OrderShipped(json.getString("orderId"), json.getString("customerId"));
    }

    @Override
    public void accept(Handler handler) {
        handler.on(this);
    }
}
