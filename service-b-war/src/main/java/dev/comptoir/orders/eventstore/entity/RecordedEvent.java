package dev.comptoir.orders.eventstore.entity;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/** An event as readers see it: upcast to the current schema version of its type. */
@JsonbNillable
public record RecordedEvent(
        long position,
        String eventId,
        String streamId,
        long version,
        String type,
        int schemaVersion,
        int storedSchemaVersion,
        JsonObject payload,
        String correlationId,
        String causationId,
        Instant recordedAt) {}
