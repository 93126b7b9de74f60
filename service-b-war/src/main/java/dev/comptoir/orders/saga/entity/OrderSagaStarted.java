package dev.comptoir.orders.saga.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A choreographed saga started: what Customers and Inventory need to act on it. Published on order-events
 * beside the order's own events, but not one of them (it is never stored in the order's stream). Its name
 * and schema version on the wire, and its JSON, are here only.
 */
public record OrderSagaStarted(
        String sagaId, String orderId, String customerId, BigDecimal amount, List<Line> lines, Instant deadline) {

    public static final String TYPE = "OrderSagaStarted";
    public static final int SCHEMA_VERSION = 1;

    public OrderSagaStarted {
        lines = List.copyOf(lines);
    }

    /** So many units of a SKU to hold. */
    public record Line(String sku, int quantity) {}

    public JsonObject toJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        lines.forEach(line ->
                array.add(JSON.createObjectBuilder().add("sku", line.sku()).add("quantity", line.quantity())));
        return JSON.createObjectBuilder()
                .add("sagaId", sagaId)
                .add("orderId", orderId)
                .add("customerId", customerId)
                .add("amount", amount)
                .add("lines", array)
                .add("deadline", deadline.toString())
                .build();
    }
}
