package dev.comptoir.aggregator.customerview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's profile as Customers last told it ({@code version} is the customer's there), and their credit
 * in use as the sum of the credit events: each applied once, so the sums do not depend on the order.
 */
@Entity
@Table(name = "VIEWED_CUSTOMER")
public class ViewedCustomer {

    @Id
    @Column(length = 36)
    private String customerId;

    private String name;

    @Column(precision = 19, scale = 2)
    private BigDecimal creditLimit;

    @Column(precision = 19, scale = 2)
    private BigDecimal creditReserved = BigDecimal.ZERO;

    @Column(precision = 19, scale = 2)
    private BigDecimal creditConfirmed = BigDecimal.ZERO;

    private long version;

    private Instant lastEventAt;

    protected ViewedCustomer() {}

    public ViewedCustomer(String customerId) {
        this.customerId = customerId;
    }

    /** Takes the profile only if it is newer than the one held: events may arrive out of order. */
    public void told(long version, String name, BigDecimal creditLimit, Instant at) {
        if (version > this.version) {
            this.version = version;
            this.name = name;
            this.creditLimit = creditLimit;
        }
        seen(at);
    }

    public void creditReserved(BigDecimal amount, Instant at) {
        creditReserved = creditReserved.add(amount);
        seen(at);
    }

    public void creditReleased(BigDecimal amount, Instant at) {
        creditReserved = creditReserved.subtract(amount);
        seen(at);
    }

    public void creditConfirmed(BigDecimal amount, Instant at) {
        creditReserved = creditReserved.subtract(amount);
        creditConfirmed = creditConfirmed.add(amount);
        seen(at);
    }

    private void seen(Instant at) {
        if (lastEventAt == null || at.isAfter(lastEventAt)) {
            lastEventAt = at;
        }
    }

    /** Whether its profile has arrived: credit events may come first. */
    public boolean isKnown() {
        return name != null;
    }

    public String customerId() {
        return customerId;
    }

    public String name() {
        return name;
    }

    public BigDecimal creditLimit() {
        return creditLimit;
    }

    public BigDecimal creditAvailable() {
        return creditLimit.subtract(creditReserved).subtract(creditConfirmed);
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }
}
