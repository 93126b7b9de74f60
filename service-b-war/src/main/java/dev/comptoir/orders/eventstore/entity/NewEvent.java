package dev.comptoir.orders.eventstore.entity;

import jakarta.json.JsonObject;
import java.util.UUID;

/** An event a command decided on, not stored yet; its id makes appending it twice a no-op. */
public record NewEvent(String eventId, String type, int schemaVersion, JsonObject payload) {

    public static NewEvent of(String type, int schemaVersion, JsonObject payload) {
        return new NewEvent(UUID.randomUUID().toString(), type, schemaVersion, payload);
    }
}
