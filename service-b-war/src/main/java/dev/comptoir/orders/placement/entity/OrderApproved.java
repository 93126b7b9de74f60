package dev.comptoir.orders.placement.entity;

/** A placed order was approved: the participants confirm what they hold. */
public record OrderApproved(String orderId, String customerId) implements OrderEvent {

    @Override
    public OrderEventType type() {
        return OrderEventType.ORDER_APPROVED;
    }

    @Override
    public void accept(Handler handler) {
        handler.on(this);
    }
}
