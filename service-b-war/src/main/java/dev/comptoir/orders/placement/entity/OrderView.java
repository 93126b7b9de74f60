package dev.comptoir.orders.placement.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.orders.views.entity.OrderSummaryView;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.StringReader;
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

    public static OrderView of(OrderSummaryView summary) {
        return new OrderView(
                summary.orderId(),
                summary.customerId(),
                OrderStatus.valueOf(summary.status()),
                summary.placedAt(),
                JSON.createReader(new StringReader(summary.lines())).readArray().stream()
                        .map(JsonValue::asJsonObject)
                        .map(line -> new Line(line.getInt("lineNo"), line.getString("sku"), line.getInt("quantity")))
                        .toList(),
                summary.rejectionReason(),
                summary.version());
    }

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
