package dev.comptoir.orders.views.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One order as the read side keeps it, denormalised for listing a customer's orders. */
@Entity
@Table(name = "VIEW_ORDER_SUMMARY", indexes = @Index(columnList = "GENERATION, CUSTOMERID"))
public class OrderSummaryView {

    @EmbeddedId
    @AttributeOverride(name = "name", column = @Column(name = "ORDERID", length = 36))
    private ViewKey key;

    @Column(nullable = false, length = 36)
    private String customerId;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(nullable = false)
    private Instant placedAt;

    /** The lines as JSON ([{lineNo, sku, quantity}]): read whole, never queried into. */
    @Lob
    @Column(nullable = false)
    private String lines;

    private int units;

    @Column(length = 500)
    private String rejectionReason;

    /** The version of the order's stream this row reflects: an event applies only if it is the next one. */
    private long version;

    protected OrderSummaryView() {}

    public OrderSummaryView(long generation, String orderId) {
        this.key = new ViewKey(generation, orderId);
    }

    public void placed(String customerId, Instant placedAt, String lines, int units) {
        this.customerId = customerId;
        this.placedAt = placedAt;
        this.lines = lines;
        this.units = units;
    }

    public void linesChanged(String lines) {
        this.lines = lines;
    }

    public void unitsAdded(int more) {
        units += more;
    }

    public void status(String status, String rejectionReason) {
        this.status = status;
        this.rejectionReason = rejectionReason;
    }

    public void reached(long version) {
        this.version = version;
    }

    public String orderId() {
        return key.name();
    }

    public String customerId() {
        return customerId;
    }

    public String status() {
        return status;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String lines() {
        return lines;
    }

    public int units() {
        return units;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public long version() {
        return version;
    }
}
