package dev.comptoir.orders.placement.entity;

import jakarta.json.JsonObject;

/** A placed order was approved: the participants confirm what they hold. */
public record OrderApproved(String orderId, String customerId) implements OrderEvent {

    @Override
    public OrderEventType type() {
        return OrderEventType.ORDER_APPROVED;
    }

    @Override
    public JsonObject toJson() {
        return OrderEventJson.about(this).build();
    }

    static OrderApproved from(JsonObject json) {
        return new OrderApproved(json.getString("orderId"), json.getString("customerId"));
    }

    @Override
    public void accept(Handler handler) {
        handler.on(this);
    }
}
