package dev.comptoir.customers.events;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;

/** A change to an order's credit reservation: its customer and amount; keyed by the order. */
public sealed interface CreditChanged extends CustomerEvent permits CreditReserved, CreditReleased, CreditConfirmed {

    String orderId();

    String customerId();

    BigDecimal amount();

    @Override
    default String key() {
        return orderId();
    }

    @Override
    default JsonObject toJson() {
        return JSON.createObjectBuilder()
                .add("orderId", orderId())
                .add("customerId", customerId())
                .add("amount", amount())
                .build();
    }
}
