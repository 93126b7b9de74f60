package dev.comptoir.inventory.events;

import dev.comptoir.kit.messaging.Event;
import jakarta.json.JsonObject;

/**
 * An event Inventory publishes. A new one is a record here and a constant in {@link InventoryEventType}.
 */
public sealed interface InventoryEvent permits ReservationChanged, StockRestocked, OrderPicked {

    InventoryEventType type();

    /** What the event is about: its message group and the consumers' key (an order id, a SKU). */
    String key();

    /** The payload, in {@link InventoryEventType#schemaVersion()}. */
    JsonObject toJson();

    /** The event as it travels: a new id, now, the request's correlation id. */
    default Event toMessage() {
        return Event.of(type().wireName(), type().schemaVersion(), key(), toJson());
    }
}
