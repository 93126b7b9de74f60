package dev.comptoir.customers.profile.entity;

import dev.comptoir.kit.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A customer and their credit: {@code available = limit - reserved - confirmed} always holds, and
 * {@code available} never goes below zero. Every change bumps {@link #version}, so two concurrent
 * changes of one customer cannot both commit (optimistic locking).
 */
@Entity
public class Customer {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal creditLimit;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal creditReserved = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal creditConfirmed = BigDecimal.ZERO;

    @Version
    private long version;

    protected Customer() {}

    public Customer(String name, String email, BigDecimal creditLimit) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.email = email;
        this.creditLimit = creditLimit;
    }

    public void rename(String name, String email) {
        this.name = name;
        this.email = email;
    }

    /** A new limit may not fall below the credit already in use. */
    public void changeCreditLimit(BigDecimal limit) {
        if (limit.compareTo(creditInUse()) < 0) {
            throw ProblemException.unprocessable(
                    "credit-limit-below-use",
                    "Credit limit below credit in use",
                    "Customer " + id + " already uses " + creditInUse() + ", more than the new limit " + limit);
        }
        this.creditLimit = limit;
    }

    public void reserve(BigDecimal amount) {
        if (amount.compareTo(creditAvailable()) > 0) {
            throw ProblemException.unprocessable(
                    "credit-limit-exceeded",
                    "Credit limit exceeded",
                    "Customer " + id + " has " + creditAvailable() + " available, less than " + amount);
        }
        creditReserved = creditReserved.add(amount);
    }

    public void release(BigDecimal amount) {
        creditReserved = creditReserved.subtract(amount);
    }

    public void confirm(BigDecimal amount) {
        creditReserved = creditReserved.subtract(amount);
        creditConfirmed = creditConfirmed.add(amount);
    }

    public BigDecimal creditAvailable() {
        return creditLimit.subtract(creditInUse());
    }

    private BigDecimal creditInUse() {
        return creditReserved.add(creditConfirmed);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public BigDecimal creditLimit() {
        return creditLimit;
    }

    public BigDecimal creditReserved() {
        return creditReserved;
    }

    public BigDecimal creditConfirmed() {
        return creditConfirmed;
    }

    public long version() {
        return version;
    }
}
