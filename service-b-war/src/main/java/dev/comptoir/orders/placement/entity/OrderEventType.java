package dev.comptoir.orders.placement.entity;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The one place that names each order event on the wire and in the store, with the schema version it is
 * written in now and how its JSON is read. The names and versions are a contract: stored events and the
 * other services read them; an older stored version is upcast to this one (eventstore's Upcasters).
 */
public enum OrderEventType {
    ORDER_PLACED("OrderPlaced", 2, OrderPlaced::from),
    LINE_ADDED("LineAdded", 1, LineAdded::from),
    ORDER_APPROVED("OrderApproved", 1, OrderEventJson.about(OrderApproved::new)),
    ORDER_REJECTED("OrderRejected", 1, OrderRejected::from),
    ORDER_CANCELLED("OrderCancelled", 1, OrderEventJson.about(OrderCancelled::new)),
    ORDER_SHIPPED("OrderShipped", 1, OrderEventJson.about(OrderShipped::new));

    private final String wireName;
    private final int schemaVersion;
    private final Function<JsonObject, OrderEvent> reader;

    OrderEventType(String wireName, int schemaVersion, Function<JsonObject, OrderEvent> reader) {
        this.wireName = wireName;
        this.schemaVersion = schemaVersion;
        this.reader = reader;
    }

    /** The event's name in the store, in the message's eventType and in JMSType. */
    public String wireName() {
        return wireName;
    }

    /** The version events of this type are written in now. */
    public int schemaVersion() {
        return schemaVersion;
    }

    OrderEvent read(JsonObject payload) {
        return reader.apply(payload);
    }

    public static OrderEventType named(String wireName) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No order event is named " + wireName));
    }
}
