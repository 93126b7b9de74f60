package dev.comptoir.aggregator.orders.entity;

import java.time.Instant;
import java.util.List;

/** The fields of an Orders answer that the aggregator uses; others are ignored. */
public record Order(String id, String customerId, String status, Instant placedAt, List<Line> lines) {

    /** Still in progress: placed or approved, not yet rejected, cancelled or shipped. */
    public boolean isOpen() {
        return "PLACED".equals(status) || "APPROVED".equals(status);
    }

    public int itemCount() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public record Line(String sku, int quantity) {}
}
