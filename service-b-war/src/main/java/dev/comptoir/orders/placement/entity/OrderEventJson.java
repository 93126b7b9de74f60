package dev.comptoir.orders.placement.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonObjectBuilder;

/** What every order event's JSON starts with, in this order: the order and its customer. */
final class OrderEventJson {

    private OrderEventJson() {}

    static JsonObjectBuilder about(OrderEvent event) {
        return JSON.createObjectBuilder().add("orderId", event.orderId()).add("customerId", event.customerId());
    }
}
