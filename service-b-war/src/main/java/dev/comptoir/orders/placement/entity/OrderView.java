package dev.comptoir.orders.placement.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/** An order as the API shows it, from the write side or the views; {@code version} is its stream's version (for If-Match). */
@JsonbNillable
public record OrderView(
        String id,
        String customerId,
        OrderStatus status,
        Instant placedAt,
        List<Line> lines,
        String rejectionReason,
        long version) {

    public record Line(int lineNo, String sku, int quantity) {}

    public static OrderView of(CustomerOrder order) {
        return new OrderView(
                order.id(),
                order.customerId(),
                order.status(),
                order.placedAt(),
                order.lines().stream()
                        .map(line -> new Line(line.lineNo(), line.sku(), line.quantity()))
                        .toList(),
                order.rejectionReason(),
                order.version());
    }
}
