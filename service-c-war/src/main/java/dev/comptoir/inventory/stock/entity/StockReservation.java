package dev.comptoir.inventory.stock.entity;

import dev.comptoir.kit.problem.ProblemException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The stock one order holds: at most one reservation per order, all its lines together. */
@Entity
public class StockReservation {

    @Id
    @Column(length = 64)
    private String orderId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STOCKRESERVATION_LINE", joinColumns = @JoinColumn(name = "ORDERID"))
    private List<ReservedLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReservationStatus status;

    @Column(nullable = false)
    private Instant reservedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StockReservation() {}

    public StockReservation(String orderId, Map<String, Integer> quantities) {
        this.orderId = orderId;
        quantities.forEach((sku, quantity) -> lines.add(new ReservedLine(sku, quantity)));
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

    /** Quantities per SKU, in SKU order. */
    public Map<String, Integer> quantities() {
        Map<String, Integer> quantities = new TreeMap<>();
        lines.forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        return quantities;
    }

    public String orderId() {
        return orderId;
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
