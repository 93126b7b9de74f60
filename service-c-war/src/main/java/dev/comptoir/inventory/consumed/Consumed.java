package dev.comptoir.inventory.consumed;

import dev.comptoir.kit.messaging.Event;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The messages of order-events, customer-events and the fulfilment queue that Inventory acts on, as
 * Inventory reads them. A listener takes the records it acts on ({@code instanceof}) and passes the others
 * by.
 */
public sealed interface Consumed {

    /** The one place Inventory reads the others' message names: empty for one it does not act on. */
    static Optional<Consumed> read(Event event) {
        JsonObject payload = event.payload();
        Consumed read = switch (event.type()) {
            case "OrderPlaced" ->
                new OrderPlaced(payload.getJsonArray("lines").stream()
                        .map(JsonValue::asJsonObject)
                        .map(line -> new Line(line.getString("sku"), line.getInt("quantity")))
                        .toList());
            case "OrderApproved" -> new OrderApproved(event.key());
            case "OrderRejected" -> new OrderRejected(event.key());
            case "SagaCreditReserved" -> new SagaCreditReserved(payload);
            case "PickLine" ->
                new PickLine(
                        payload.getString("orderId"),
                        payload.getInt("lineNo"),
                        payload.getInt("lineCount"),
                        payload.getString("sku"),
                        payload.getInt("quantity"));
            default -> null;
        };
        return Optional.ofNullable(read);
    }

    /** So many units of a SKU. */
    record Line(String sku, int quantity) {}

    /** Orders: an order was placed with these lines (of either schema version: Inventory reads no numbers). */
    record OrderPlaced(List<Line> lines) implements Consumed {
        public OrderPlaced {
            lines = List.copyOf(lines);
        }
    }

    /** Orders: an order was approved (the message's key). */
    record OrderApproved(String orderId) implements Consumed {}

    /** Orders: an order was rejected (the message's key). */
    record OrderRejected(String orderId) implements Consumed {}

    /** Customers: a choreographed saga's credit is held; its JSON, which Inventory's answer passes on as it came. */
    record SagaCreditReserved(JsonObject saga) implements Consumed {}

    /** Orders, on the fulfilment queue: pick one line of an approved order of so many lines. */
    record PickLine(String orderId, int lineNo, int lineCount, String sku, int quantity) implements Consumed {}
}
