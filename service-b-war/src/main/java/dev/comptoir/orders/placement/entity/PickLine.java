package dev.comptoir.orders.placement.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonObject;

/**
 * What Orders asks Inventory's fulfilment queue to do for each line of an approved order: pick it. Its
 * name and schema version on the wire, and its JSON, are here only.
 */
public record PickLine(String orderId, int lineNo, int lineCount, String sku, int quantity) {

    public static final String TYPE = "PickLine";
    public static final int SCHEMA_VERSION = 1;

    public PickLine(String orderId, OrderLine line, int lineCount) {
        this(orderId, line.lineNo(), lineCount, line.sku(), line.quantity());
    }

    public JsonObject toJson() {
        return JSON.createObjectBuilder()
                .add("orderId", orderId)
                .add("lineNo", lineNo)
                .add("lineCount", lineCount)
                .add("sku", sku)
                .add("quantity", quantity)
                .build();
    }
}
