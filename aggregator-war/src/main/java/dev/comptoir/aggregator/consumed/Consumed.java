package dev.comptoir.aggregator.consumed;

import dev.comptoir.kit.messaging.Event;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The events of customer-events, order-events and inventory-events the gateway acts on, as it reads them:
 * what its customer view needs of each. A listener takes the records it acts on ({@code instanceof}) and
 * passes the others by.
 */
public sealed interface Consumed {

    /** The one place the gateway reads the services' event names: empty for an event it does not act on. */
    static Optional<Consumed> read(Event event) {
        JsonObject payload = event.payload();
        Consumed read = switch (event.type()) {
            case "CustomerRegistered", "CustomerChanged" ->
                new CustomerProfile(
                        payload.getString("customerId"),
                        payload.getString("name"),
                        payload.getJsonNumber("creditLimit").bigDecimalValue());
            case "CreditReserved" -> new CreditReserved(payload.getString("customerId"), amount(payload));
            case "CreditReleased" -> new CreditReleased(payload.getString("customerId"), amount(payload));
            case "CreditConfirmed" -> new CreditConfirmed(payload.getString("customerId"), amount(payload));
            case "OrderPlaced" ->
                new OrderPlaced(
                        payload.getString("customerId"), Instant.parse(payload.getString("placedAt")), units(payload));
            case "LineAdded" -> new LineAdded(payload.getJsonObject("line").getInt("quantity"));
            case "OrderApproved" -> new OrderStatusChanged("APPROVED");
            case "OrderRejected" -> new OrderStatusChanged("REJECTED");
            case "OrderCancelled" -> new OrderStatusChanged("CANCELLED");
            case "OrderShipped" -> new OrderStatusChanged("SHIPPED");
            case "StockReserved" -> new StockChanged(payload.getString("orderId"), "RESERVED");
            case "StockReleased" -> new StockChanged(payload.getString("orderId"), "RELEASED");
            case "StockConfirmed" -> new StockChanged(payload.getString("orderId"), "CONFIRMED");
            default -> null;
        };
        return Optional.ofNullable(read);
    }

    /**
     * The order an event of order-events is about, whatever its type, and its customer when it names one:
     * empty when it names no order.
     */
    static Optional<AboutOrder> aboutOrder(Event event) {
        JsonObject payload = event.payload();
        return payload.containsKey("orderId")
                ? Optional.of(new AboutOrder(payload.getString("orderId"), payload.getString("customerId", null)))
                : Optional.empty();
    }

    record AboutOrder(String orderId, String customerId) {}

    private static BigDecimal amount(JsonObject credit) {
        return credit.getJsonNumber("amount").bigDecimalValue();
    }

    private static int units(JsonObject placed) {
        return placed.getJsonArray("lines").stream()
                .map(JsonValue::asJsonObject)
                .mapToInt(line -> line.getInt("quantity"))
                .sum();
    }

    /** Customers' CustomerRegistered and CustomerChanged: the profile as it now is. */
    record CustomerProfile(String customerId, String name, BigDecimal creditLimit) implements Consumed {}

    /** Customers: credit held for an order. */
    record CreditReserved(String customerId, BigDecimal amount) implements Consumed {}

    /** Customers: held credit given back. */
    record CreditReleased(String customerId, BigDecimal amount) implements Consumed {}

    /** Customers: held credit used for good. */
    record CreditConfirmed(String customerId, BigDecimal amount) implements Consumed {}

    /** Orders: an order placed, so many units in all (lines of either schema version). */
    record OrderPlaced(String customerId, Instant placedAt, int units) implements Consumed {}

    /** Orders: a line of so many units added. */
    record LineAdded(int quantity) implements Consumed {}

    /** Orders' OrderApproved, OrderRejected, OrderCancelled, OrderShipped: the order's status after it. */
    record OrderStatusChanged(String status) implements Consumed {}

    /** Inventory's StockReserved, StockReleased, StockConfirmed: the order's stock after it. */
    record StockChanged(String orderId, String stock) implements Consumed {}
}
