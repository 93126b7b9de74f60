package dev.comptoir.orders.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** So many units of one SKU. Prices are Inventory's: the order keeps what was asked, not what it cost. */
@Embeddable
public class OrderLine {

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    protected OrderLine() {}

    public OrderLine(String sku, int quantity) {
        this.sku = sku;
        this.quantity = quantity;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }
}
