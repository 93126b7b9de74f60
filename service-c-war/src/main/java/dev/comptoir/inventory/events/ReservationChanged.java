package dev.comptoir.inventory.events;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.TreeMap;

/** A change to an order's stock reservation: keyed by the order, with the units held per SKU, in SKU order. */
public sealed interface ReservationChanged extends InventoryEvent permits StockReserved, StockReleased, StockConfirmed {

    String orderId();

    Map<String, Integer> quantities();

    @Override
    default String key() {
        return orderId();
    }

    @Override
    default JsonObject toJson() {
        JsonObjectBuilder perSku = JSON.createObjectBuilder();
        new TreeMap<>(quantities()).forEach(perSku::add);
        return JSON.createObjectBuilder()
                .add("orderId", orderId())
                .add("quantities", perSku)
                .build();
    }
}
