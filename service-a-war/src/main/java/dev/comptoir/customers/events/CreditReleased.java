package dev.comptoir.customers.events;

import java.math.BigDecimal;

/** An order's held credit went back to its customer. */
public record CreditReleased(String orderId, String customerId, BigDecimal amount) implements CreditChanged {

    @Override
    public CustomerEventType type() {
        return CustomerEventType.CREDIT_RELEASED;
    }
}
