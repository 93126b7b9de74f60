package dev.comptoir.aggregator.customerview.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The answer of the read model: the fields of the composed overview, from the aggregator's own database.
 * No {@code complete} or {@code sources}: nothing is fetched, so nothing can be missing; it can be stale
 * instead, which {@code Last-Event-At} says.
 */
@JsonbNillable
public record CustomerView(
        String customerId,
        String name,
        BigDecimal creditLimit,
        BigDecimal creditAvailable,
        int openOrderCount,
        List<OrderLine> orders) {

    @JsonbNillable
    public record OrderLine(
            String orderId, String status, Instant placedAt, int itemCount, boolean open, String stock) {

        public static OrderLine of(ViewedOrder order) {
            return new OrderLine(
                    order.orderId(),
                    order.status(),
                    order.placedAt(),
                    order.itemCount(),
                    order.isOpen(),
                    order.stockShown());
        }
    }
}
