package dev.comptoir.orders.placement.entity;

/** An approved order was shipped. */
public record OrderShipped(String orderId, String customerId) implements OrderEvent {

    @Override
    public OrderEventType type() {
        return OrderEventType.ORDER_SHIPPED;
    }

    @Override
    public void accept(Handler handler) {
        handler.on(this);
    }
}
