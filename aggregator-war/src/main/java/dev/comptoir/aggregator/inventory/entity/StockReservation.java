package dev.comptoir.aggregator.inventory.entity;

import java.util.List;

/** The fields of an Inventory stock reservation that the aggregator uses. */
public record StockReservation(String orderId, String status, List<Line> lines) {

    public record Line(String sku, int quantity) {}
}
