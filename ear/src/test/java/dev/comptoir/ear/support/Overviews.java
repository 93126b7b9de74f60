package dev.comptoir.ear.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Compares a composed customer overview with the read model's answer on what both hold. */
public final class Overviews {

    private Overviews() {}

    /** The shared fields, with numbers and instants compared by value, not by how they are written. */
    public static Map<String, Object> comparable(JsonObject answer) {
        List<List<Object>> orders = answer.getJsonArray("orders").stream()
                .map(JsonValue::asJsonObject)
                .map(o -> List.<Object>of(
                        o.getString("orderId"),
                        o.getString("status"),
                        Instant.parse(o.getString("placedAt")),
                        o.getInt("itemCount"),
                        o.getBoolean("open"),
                        o.isNull("stock") ? "-" : o.getString("stock")))
                .toList();
        return Map.of(
                "customerId", answer.getString("customerId"),
                "name", answer.getString("name"),
                "creditLimit",
                        answer.getJsonNumber("creditLimit").bigDecimalValue().stripTrailingZeros(),
                "creditAvailable",
                        answer.getJsonNumber("creditAvailable")
                                .bigDecimalValue()
                                .stripTrailingZeros(),
                "openOrderCount", answer.getInt("openOrderCount"),
                "orders", orders);
    }
}
