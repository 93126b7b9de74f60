package dev.comptoir.aggregator.customerview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/**
 * One order as the customer view shows it, built from whichever of its events arrived, in any order: the
 * status of the highest stream version seen, the units of every line (each line event counted once, so
 * the sum does not depend on the order), and Inventory's reservation status. A row may exist before its
 * OrderPlaced arrived (then {@code placedAt} is null and it is not shown yet).
 */
@Entity
@Table(name = "VIEWED_ORDER", indexes = @Index(name = "VIEWED_ORDER_CUSTOMER", columnList = "customerId, placedAt"))
public class ViewedOrder {

    private static final Set<String> OPEN = Set.of("PLACED", "APPROVED");
    private static final Set<String> STOCK_FINAL = Set.of("RELEASED", "CONFIRMED");

    @Id
    @Column(length = 36)
    private String orderId;

    @Column(length = 36)
    private String customerId;

    private Instant placedAt;

    @Column(length = 20)
    private String status;

    private long statusVersion;

    private int itemCount;

    @Column(length = 20)
    private String stock;

    private Instant lastEventAt;

    protected ViewedOrder() {}

    public ViewedOrder(String orderId) {
        this.orderId = orderId;
    }

    public void placed(String customerId, Instant placedAt, int units, long version, Instant at) {
        this.placedAt = placedAt;
        belongsTo(customerId);
        linesAdded(units, at);
        statusAt(version, "PLACED", at);
    }

    public void belongsTo(String customerId) {
        if (customerId != null) {
            this.customerId = customerId;
        }
    }

    public void linesAdded(int units, Instant at) {
        itemCount += units;
        seen(at);
    }

    /** Keeps the status of the latest event of the stream, whatever the order they arrive in. */
    public void statusAt(long version, String status, Instant at) {
        if (version > statusVersion) {
            statusVersion = version;
            this.status = status;
        }
        seen(at);
    }

    /** RESERVED, then RELEASED or CONFIRMED, which are final: a late RESERVED does not undo them. */
    public void stock(String status, Instant at) {
        if (stock == null || !STOCK_FINAL.contains(stock)) {
            stock = status;
        }
        seen(at);
    }

    private void seen(Instant at) {
        if (lastEventAt == null || at.isAfter(lastEventAt)) {
            lastEventAt = at;
        }
    }

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    public String orderId() {
        return orderId;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String status() {
        return status;
    }

    public long statusVersion() {
        return statusVersion;
    }

    public int itemCount() {
        return itemCount;
    }

    /** Inventory's reservation for an open order ({@code NONE} if it holds none); null for a closed one. */
    public String stockShown() {
        if (!isOpen()) {
            return null;
        }
        return stock == null ? "NONE" : stock;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }
}
