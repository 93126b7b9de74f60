package dev.comptoir.aggregator.orders.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The fields of an Orders answer that the aggregator uses; others are ignored. */
public record Order(String id, String customerId, String status, Instant placedAt, List<Line> lines) {

    /** Still in progress: placed or approved, not yet rejected, cancelled or shipped. */
    public boolean isOpen() {
        return "PLACED".equals(status) || "APPROVED".equals(status);
    }

    /**
     * The customer's available credit once this order has its credit: a placed order's total still comes off
     * what Customers reports available; an approved one's is already held there (a saga approves an order only
     * once its credit is confirmed), so it must not come off twice. Null when it is unknown (no total) or moot
     * (the order is rejected, cancelled or shipped).
     */
    public BigDecimal creditAvailableAfter(BigDecimal available, BigDecimal total) {
        if (total == null || available == null) {
            return null;
        }
        return switch (status) {
            case "PLACED" -> available.subtract(total);
            case "APPROVED" -> available;
            default -> null;
        };
    }

    public int itemCount() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public record Line(String sku, int quantity) {}
}
