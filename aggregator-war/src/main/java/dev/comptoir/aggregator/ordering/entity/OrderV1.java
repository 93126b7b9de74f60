package dev.comptoir.aggregator.ordering.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** An order in the v1 shape: Orders' {@code customerId}, {@code status}, {@code lines[].sku}/{@code quantity} renamed. */
public record OrderV1(String id, String customer, String state, List<Item> items) {

    public record Item(String product, int qty) {}

    public static OrderV1 of(JsonObject order) {
        return new OrderV1(
                order.getString("id"),
                order.getString("customerId"),
                order.getString("status"),
                order.getJsonArray("lines").stream()
                        .map(JsonValue::asJsonObject)
                        .map(line -> new Item(line.getString("sku"), line.getInt("quantity")))
                        .toList());
    }
}
