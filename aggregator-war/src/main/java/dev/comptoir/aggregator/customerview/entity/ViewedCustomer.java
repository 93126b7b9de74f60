package dev.comptoir.aggregator.customerview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer's profile and credit as Customers last told; {@code version} is the customer's there. */
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
    private BigDecimal creditAvailable;

    private long version;

    private Instant lastEventAt;

    protected ViewedCustomer() {}

    public ViewedCustomer(String customerId) {
        this.customerId = customerId;
    }

    /** Takes the figures only if they are newer than those held: events may arrive out of order. */
    public void told(long version, String name, BigDecimal creditLimit, BigDecimal creditAvailable, Instant at) {
        if (version > this.version) {
            this.version = version;
            this.name = name;
            this.creditLimit = creditLimit;
            this.creditAvailable = creditAvailable;
            this.lastEventAt = at;
        }
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
        return creditAvailable;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }
}
