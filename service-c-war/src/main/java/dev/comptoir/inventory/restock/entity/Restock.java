package dev.comptoir.inventory.restock.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** One restock of one product, kept by its client-chosen id: the record that makes a repeat change nothing. */
@Entity
public class Restock {

    @Id
    @Column(length = 64)
    private String restockId;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    /** The product's stock right after this restock, for the answer a repeated request gets again. */
    @Column(nullable = false)
    private int stockAfter;

    @Column(nullable = false)
    private Instant restockedAt;

    protected Restock() {}

    public Restock(String restockId, String sku, int quantity, int stockAfter) {
        this.restockId = restockId;
        this.sku = sku;
        this.quantity = quantity;
        this.stockAfter = stockAfter;
        this.restockedAt = Instant.now();
    }

    /** Whether this restock is the one the command asks for again (same product, same quantity). */
    public boolean sameAs(String sku, RestockProduct command) {
        return this.sku.equals(sku) && quantity == command.quantity();
    }

    public String restockId() {
        return restockId;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public int stockAfter() {
        return stockAfter;
    }

    public Instant restockedAt() {
        return restockedAt;
    }
}
