package dev.comptoir.orders.eventstore.entity;

import jakarta.json.JsonObject;

/** An event a command decided on, not stored yet; its id makes appending it twice a no-op. */
public record NewEvent(String eventId, String type, int schemaVersion, JsonObject payload) {}
