package dev.comptoir.customers.credit.entity;

import dev.comptoir.kit.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The credit one order holds on one customer: at most one reservation per order. */
@Entity
public class CreditReservation {

    @Id
    @Column(length = 64)
    private String orderId;

    @Column(nullable = false, length = 36)
    private String customerId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReservationStatus status;

    @Column(nullable = false)
    private Instant reservedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CreditReservation() {}

    public CreditReservation(String orderId, String customerId, BigDecimal amount) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.amount = amount;
        this.status = ReservationStatus.RESERVED;
        this.reservedAt = Instant.now();
        this.updatedAt = reservedAt;
    }

    /** @return true if the status changed, false if it already was {@code target} (a repeated call). */
    public boolean moveTo(ReservationStatus target) {
        if (status == target) {
            return false;
        }
        if (status != ReservationStatus.RESERVED) {
            throw ProblemException.conflict(
                    "reservation-" + status.name().toLowerCase(),
                    "Reservation already " + status.name().toLowerCase(),
                    "The reservation of order " + orderId + " is " + status + " and cannot become " + target);
        }
        status = target;
        updatedAt = Instant.now();
        return true;
    }

    public String orderId() {
        return orderId;
    }

    public String customerId() {
        return customerId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public ReservationStatus status() {
        return status;
    }

    public Instant reservedAt() {
        return reservedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
