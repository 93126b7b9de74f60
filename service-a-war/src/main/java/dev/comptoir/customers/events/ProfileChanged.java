package dev.comptoir.customers.events;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;

/**
 * A customer's profile and credit figures as they now are, so that a read model elsewhere needs no call back;
 * keyed by the customer.
 */
public sealed interface ProfileChanged extends CustomerEvent permits CustomerRegistered, CustomerChanged {

    String customerId();

    String name();

    BigDecimal creditLimit();

    BigDecimal creditAvailable();

    @Override
    default String key() {
        return customerId();
    }

    @Override
    default JsonObject toJson() {
        return JSON.createObjectBuilder()
                .add("customerId", customerId())
                .add("name", name())
                .add("creditLimit", creditLimit())
                .add("creditAvailable", creditAvailable())
                .build();
    }
}
