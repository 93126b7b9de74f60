package dev.comptoir.customers.events;

import java.math.BigDecimal;

/** A customer registered. */
public record CustomerRegistered(String customerId, String name, BigDecimal creditLimit, BigDecimal creditAvailable)
        implements ProfileChanged {

    @Override
    public CustomerEventType type() {
        return CustomerEventType.CUSTOMER_REGISTERED;
    }
}
