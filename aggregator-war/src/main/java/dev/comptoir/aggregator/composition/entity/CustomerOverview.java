package dev.comptoir.aggregator.composition.entity;

import dev.comptoir.aggregator.downstream.SourceReport;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A customer with their credit and their orders: open orders with where their stock stands, closed
 * ones in short. {@code orders} is null when Orders could not be read.
 */
@JsonbNillable
public record CustomerOverview(
        String customerId,
        String name,
        BigDecimal creditLimit,
        BigDecimal creditAvailable,
        Integer openOrderCount,
        List<OrderLine> orders,
        boolean complete,
        Map<String, SourceReport> sources) {

    /**
     * {@code stock} is Inventory's reservation status for an open order ({@code NONE} when it holds none,
     * null when Inventory could not say), and null for a closed order: Inventory is not asked about those.
     */
    @JsonbNillable
    public record OrderLine(
            String orderId, String status, Instant placedAt, int itemCount, boolean open, String stock) {}
}
