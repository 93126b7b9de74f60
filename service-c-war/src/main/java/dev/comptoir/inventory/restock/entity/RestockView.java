package dev.comptoir.inventory.restock.entity;

import java.time.Instant;

/** A restock as the API shows it, with the product's stock right after it. */
public record RestockView(String restockId, String sku, int quantity, int stockAfter, Instant restockedAt) {

    public static RestockView of(Restock restock) {
        return new RestockView(
                restock.restockId(), restock.sku(), restock.quantity(), restock.stockAfter(), restock.restockedAt());
    }
}
