package dev.comptoir.customers.events;

import dev.comptoir.kit.messaging.Event;
import jakarta.json.JsonObject;

/** An event Customers publishes. A new one is a record here and a constant in {@link CustomerEventType}. */
public sealed interface CustomerEvent permits ProfileChanged, CreditChanged {

    CustomerEventType type();

    /** What the event is about: its message group and the consumers' key (a customer id, an order id). */
    String key();

    /** The payload, in {@link CustomerEventType#schemaVersion()}. */
    JsonObject toJson();

    /** The event as it travels: a new id, now, the request's correlation id. */
    default Event toMessage() {
        return Event.of(type().wireName(), type().schemaVersion(), key(), toJson());
    }
}
