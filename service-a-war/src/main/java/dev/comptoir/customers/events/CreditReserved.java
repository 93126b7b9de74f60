package dev.comptoir.customers.events;

import java.math.BigDecimal;

/** Credit is held for an order. */
public record CreditReserved(String orderId, String customerId, BigDecimal amount) implements CreditChanged {

    @Override
    public CustomerEventType type() {
        return CustomerEventType.CREDIT_RESERVED;
    }
}
