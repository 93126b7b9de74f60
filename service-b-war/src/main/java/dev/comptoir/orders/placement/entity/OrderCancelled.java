package dev.comptoir.orders.placement.entity;

/** An open order was cancelled. */
public record OrderCancelled(String orderId, String customerId) implements OrderEvent {

    @Override
    public OrderEventType type() {
        return OrderEventType.ORDER_CANCELLED;
    }

    @Override
    public void accept(Handler handler) {
        handler.on(this);
    }
}
