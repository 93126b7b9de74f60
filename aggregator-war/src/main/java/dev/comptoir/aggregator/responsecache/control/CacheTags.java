package dev.comptoir.aggregator.responsecache.control;

import dev.comptoir.aggregator.composition.entity.CustomerOverview;
import dev.comptoir.aggregator.composition.entity.OrderDetails;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The ids an answer was made from, and the ids an event names, in one vocabulary ({@code customer:<id>},
 * {@code order:<id>}, {@code product:<sku>}), so that an event drops exactly the answers it changes.
 */
public final class CacheTags {

    private CacheTags() {}

    /** The tags of a cacheable answer; empty when it may not be kept (a part of it is missing or stale). */
    public static Optional<Set<String>> of(Object answer) {
        Set<String> tags = new HashSet<>();
        if (answer instanceof CustomerOverview overview && overview.complete()) {
            tags.add(customer(overview.customerId()));
            // An order's stock is told by Inventory's events, which name the order only.
            overview.orders().forEach(order -> tags.add(order(order.orderId())));
            return Optional.of(tags);
        }
        if (answer instanceof OrderDetails details && details.complete()) {
            tags.add(order(details.orderId()));
            tags.add(customer(details.customer().id()));
            details.lines().forEach(line -> tags.add(product(line.sku())));
            return Optional.of(tags);
        }
        return Optional.empty();
    }

    /** The ids an event's payload names: its customerId, orderId and sku, and the skus of its lines. */
    public static Set<String> named(JsonObject payload) {
        Set<String> tags = new HashSet<>();
        text(payload, "customerId").ifPresent(id -> tags.add(customer(id)));
        text(payload, "orderId").ifPresent(id -> tags.add(order(id)));
        text(payload, "sku").ifPresent(sku -> tags.add(product(sku)));
        if (payload.get("lines") instanceof JsonArray lines) {
            lines.stream()
                    .filter(line -> line instanceof JsonObject)
                    .forEach(line -> text(line.asJsonObject(), "sku").ifPresent(sku -> tags.add(product(sku))));
        }
        return tags;
    }

    private static Optional<String> text(JsonObject json, String name) {
        return json.get(name) != null && json.get(name).getValueType() == JsonValue.ValueType.STRING
                ? Optional.of(json.getString(name))
                : Optional.empty();
    }

    static String customer(String id) {
        return "customer:" + id;
    }

    static String order(String id) {
        return "order:" + id;
    }

    static String product(String sku) {
        return "product:" + sku;
    }
}
