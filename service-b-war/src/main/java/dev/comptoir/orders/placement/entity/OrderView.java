package dev.comptoir.orders.placement.entity;

import java.time.Instant;
import java.util.List;

/** An order as the API shows it. */
public record OrderView(
        String id, String customerId, OrderStatus status, Instant placedAt, List<Line> lines, long version) {

    public record Line(String sku, int quantity) {}

    public static OrderView of(CustomerOrder order) {
        return new OrderView(
                order.id(),
                order.customerId(),
                order.status(),
                order.placedAt(),
                order.lines().stream()
                        .map(line -> new Line(line.sku(), line.quantity()))
                        .toList(),
                order.version());
    }
}
