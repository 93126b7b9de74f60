package dev.comptoir.orders.eventstore.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.eventstore.entity.StoredEvent;
import dev.comptoir.orders.placement.entity.OrderEventType;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The upcaster chain: for each event type, one step per old schema version, each turning version n into
 * n + 1, up to the version {@link OrderEventType} writes now. Stored events are never rewritten; they are
 * upcast as they are read.
 */
public final class Upcasters {

    /** Type, then the version a step reads: the step returns the payload one version up. */
    private static final Map<OrderEventType, Map<Integer, UnaryOperator<JsonObject>>> STEPS =
            Map.of(OrderEventType.ORDER_PLACED, Map.of(1, Upcasters::numberLines));

    private Upcasters() {}

    public static RecordedEvent read(StoredEvent stored) {
        Upcast current = upcast(
                OrderEventType.named(stored.type()),
                stored.schemaVersion(),
                JSON.createReader(new StringReader(stored.payload())).readObject());
        return new RecordedEvent(
                stored.position(),
                stored.eventId(),
                stored.streamId(),
                stored.version(),
                stored.type(),
                current.schemaVersion(),
                stored.schemaVersion(),
                current.payload(),
                stored.correlationId(),
                stored.causationId(),
                stored.recordedAt());
    }

    /** A payload of this type and schema version, as the current version. */
    public static Upcast upcast(OrderEventType type, int schemaVersion, JsonObject payload) {
        int version = schemaVersion;
        Map<Integer, UnaryOperator<JsonObject>> steps = STEPS.getOrDefault(type, Map.of());
        while (steps.containsKey(version)) {
            payload = steps.get(version).apply(payload);
            version++;
        }
        return new Upcast(version, payload);
    }

    public record Upcast(int schemaVersion, JsonObject payload) {}

    /**
     * OrderPlaced v1 to v2: v2 numbers each line ({@code lineNo}, from 1), so that a line keeps its number
     * when lines are added later; v1 lines were numbered by their position.
     */
    static JsonObject numberLines(JsonObject v1) {
        List<JsonValue> lines = v1.getJsonArray("lines");
        JsonArrayBuilder numbered = JSON.createArrayBuilder();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(JSON.createObjectBuilder(lines.get(i).asJsonObject()).add("lineNo", i + 1));
        }
        return JSON.createObjectBuilder(v1).add("lines", numbered).build();
    }
}
