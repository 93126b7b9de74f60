package dev.comptoir.customers.events;

import java.math.BigDecimal;

/** An order's held credit is used for good: the order was approved. */
public record CreditConfirmed(String orderId, String customerId, BigDecimal amount) implements CreditChanged {

    @Override
    public CustomerEventType type() {
        return CustomerEventType.CREDIT_CONFIRMED;
    }
}
