package dev.comptoir.inventory.fulfilment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** One order line picked by a fulfilment worker. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"ORDERID", "LINENO"}))
public class Pick {

    /** Order of completion across all workers. */
    @Id
    @SequenceGenerator(name = "pick", sequenceName = "PICK_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pick")
    private Long sequence;

    @Column(nullable = false, length = 36)
    private String orderId;

    private int lineNo;

    private int lineCount;

    @Column(nullable = false, length = 64)
    private String sku;

    private int quantity;

    /** Which consumer picked it (an MDB instance). */
    @Column(nullable = false, length = 64)
    private String worker;

    @Column(nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private Instant pickedAt;

    protected Pick() {}

    public Pick(String orderId, int lineNo, int lineCount, String sku, int quantity, String worker, Instant sentAt) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.lineCount = lineCount;
        this.sku = sku;
        this.quantity = quantity;
        this.worker = worker;
        this.sentAt = sentAt;
        this.pickedAt = Instant.now();
    }

    public Long sequence() {
        return sequence;
    }

    public String orderId() {
        return orderId;
    }

    public int lineNo() {
        return lineNo;
    }

    public int lineCount() {
        return lineCount;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public String worker() {
        return worker;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant pickedAt() {
        return pickedAt;
    }
}
