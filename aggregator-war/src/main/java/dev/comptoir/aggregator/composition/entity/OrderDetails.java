package dev.comptoir.aggregator.composition.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order joined with its customer and its lines priced from the catalogue. */
public record OrderDetails(String orderId, String status, Instant placedAt, CustomerSummary customer,
                           List<PricedLine> lines, BigDecimal total) {

    public record CustomerSummary(String id, String name, String email, BigDecimal creditAvailable) {
    }

    public record PricedLine(String sku, String name, BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {
    }
}
