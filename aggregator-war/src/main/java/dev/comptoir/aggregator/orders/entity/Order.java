package dev.comptoir.aggregator.orders.entity;

import java.time.Instant;
import java.util.List;

/** The fields of an Orders answer that the aggregator uses; others are ignored. */
public record Order(String id, String customerId, String status, Instant placedAt, List<Line> lines) {

    public record Line(String sku, int quantity) {
    }
}
