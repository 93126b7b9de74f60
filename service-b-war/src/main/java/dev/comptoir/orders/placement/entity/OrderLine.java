package dev.comptoir.orders.placement.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** So many units of one SKU, numbered within the order. Prices are Inventory's: the order keeps what was asked. */
public record OrderLine(int lineNo, String sku, int quantity) {

    /** The line as the order's events and snapshots write it: {lineNo, sku, quantity}. */
    public JsonObject toJson() {
        return JSON.createObjectBuilder()
                .add("lineNo", lineNo)
                .add("sku", sku)
                .add("quantity", quantity)
                .build();
    }

    public static JsonArray toJson(List<OrderLine> lines) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        lines.forEach(line -> array.add(line.toJson()));
        return array.build();
    }

    static OrderLine from(JsonObject line) {
        return new OrderLine(line.getInt("lineNo"), line.getString("sku"), line.getInt("quantity"));
    }

    static List<OrderLine> from(JsonArray lines) {
        return lines.stream().map(JsonValue::asJsonObject).map(OrderLine::from).toList();
    }
}
