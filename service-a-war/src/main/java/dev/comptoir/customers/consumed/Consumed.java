package dev.comptoir.customers.consumed;

import dev.comptoir.kit.messaging.Event;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;

/**
 * The events of order-events and inventory-events that Customers acts on, as Customers reads them. A
 * listener takes the records it acts on ({@code instanceof}) and passes the others by.
 */
public sealed interface Consumed {

    /** The one place Customers reads the others' event names: empty for an event it does not act on. */
    static Optional<Consumed> read(Event event) {
        JsonObject payload = event.payload();
        Consumed read = switch (event.type()) {
            case "OrderPlaced" ->
                new OrderPlaced(
                        payload.getString("customerId"), units(payload), Instant.parse(payload.getString("placedAt")));
            case "OrderSagaStarted" -> new OrderSagaStarted(payload);
            case "OrderApproved" -> new OrderApproved(event.key());
            case "OrderRejected" -> new OrderRejected(event.key());
            case "OutOfStock" -> new OutOfStock(payload.getString("sagaId"));
            default -> null;
        };
        return Optional.ofNullable(read);
    }

    private static long units(JsonObject placed) {
        return placed.getJsonArray("lines").stream()
                .map(JsonValue::asJsonObject)
                .mapToLong(line -> line.getInt("quantity"))
                .sum();
    }

    /** Orders: an order was placed, for so many units in all (lines of any schema version). */
    record OrderPlaced(String customerId, long units, Instant placedAt) implements Consumed {}

    /** Orders: a choreographed saga started; its JSON, which Customers' answer passes on as it came. */
    record OrderSagaStarted(JsonObject saga) implements Consumed {}

    /** Orders: an order was approved (the message's key). */
    record OrderApproved(String orderId) implements Consumed {}

    /** Orders: an order was rejected (the message's key). */
    record OrderRejected(String orderId) implements Consumed {}

    /** Inventory: a choreographed saga's stock was refused. */
    record OutOfStock(String sagaId) implements Consumed {}
}
