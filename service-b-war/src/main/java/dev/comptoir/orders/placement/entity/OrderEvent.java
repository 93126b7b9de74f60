package dev.comptoir.orders.placement.entity;

import jakarta.json.JsonObject;

/**
 * What happens to an order: the events of its stream in the event store, and what Orders publishes on
 * order-events. Each is a record; its name on the wire and its schema version are its {@link OrderEventType};
 * its JSON is written by {@link #toJson()} and read by its type. A new event is a record here, a constant in
 * {@link OrderEventType} and a method in {@link Handler}: the compiler then names every reader that must learn it.
 */
public sealed interface OrderEvent
        permits OrderPlaced, LineAdded, OrderApproved, OrderRejected, OrderCancelled, OrderShipped {

    String orderId();

    String customerId();

    OrderEventType type();

    /** The payload as stored and published, in {@link OrderEventType#schemaVersion()}: the order, its customer, and what the event adds. */
    default JsonObject toJson() {
        return OrderEventJson.about(this).build();
    }

    void accept(Handler handler);

    /** A payload of the current schema version (the store upcasts older ones as it reads them). */
    static OrderEvent read(String type, JsonObject payload) {
        return OrderEventType.named(type).read(payload);
    }

    /** Whatever reacts to every order event: the aggregate, the views. */
    interface Handler {
        void on(OrderPlaced event);

        void on(LineAdded event);

        void on(OrderApproved event);

        void on(OrderRejected event);

        void on(OrderCancelled event);

        void on(OrderShipped event);
    }
}
