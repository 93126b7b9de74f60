package dev.comptoir.orders.placement.entity;

import jakarta.json.JsonObject;

/** A placed order was rejected (credit, stock or time refused it): the participants compensate. */
public record OrderRejected(String orderId, String customerId, String reason) implements OrderEvent {

    @Override
    public OrderEventType type() {
        return OrderEventType.ORDER_REJECTED;
    }

    @Override
    public JsonObject toJson() {
        return OrderEventJson.about(this).add("reason", reason).build();
    }

    static OrderRejected from(JsonObject json) {
        return new OrderRejected(json.getString("orderId"), json.getString("customerId"), json.getString("reason"));
    }

    @Override
    public void accept(Handler handler) {
        handler.on(this);
    }
}
