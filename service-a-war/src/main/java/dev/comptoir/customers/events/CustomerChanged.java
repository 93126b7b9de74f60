package dev.comptoir.customers.events;

import java.math.BigDecimal;

/** A customer's profile changed (name, email, credit limit). */
public record CustomerChanged(String customerId, String name, BigDecimal creditLimit, BigDecimal creditAvailable)
        implements ProfileChanged {

    @Override
    public CustomerEventType type() {
        return CustomerEventType.CUSTOMER_CHANGED;
    }
}
