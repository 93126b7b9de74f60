package dev.comptoir.orders.placement.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.function.BiFunction;
import java.util.function.Function;

/** What every order event's JSON starts with, in this order: the order and its customer. */
final class OrderEventJson {

    private OrderEventJson() {}

    static JsonObjectBuilder about(OrderEvent event) {
        return JSON.createObjectBuilder().add("orderId", event.orderId()).add("customerId", event.customerId());
    }

    /** The reader of an event that says no more than which order and customer it is about. */
    static Function<JsonObject, OrderEvent> about(BiFunction<String, String, OrderEvent> event) {
        return json -> event.apply(json.getString("orderId"), json.getString("customerId"));
    }
}
