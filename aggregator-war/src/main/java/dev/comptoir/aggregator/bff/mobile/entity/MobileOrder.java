package dev.comptoir.aggregator.bff.mobile.entity;

import dev.comptoir.aggregator.composition.entity.OrderDetails;
import java.math.BigDecimal;
import java.util.List;

/** An order on a phone: status, total, one page of lines with name and quantity, and whether all is there. */
public record MobileOrder(
        String id, String status, BigDecimal total, int items, List<Line> lines, int page, int pages, boolean partial) {

    public record Line(String name, int quantity) {}

    public static MobileOrder of(OrderDetails details, int page, int size) {
        List<OrderDetails.PricedLine> all = details.lines();
        int pages = Math.max(1, (all.size() + size - 1) / size);
        List<Line> lines = all.stream()
                .skip((long) page * size)
                .limit(size)
                .map(line -> new Line(line.name() == null ? line.sku() : line.name(), line.quantity()))
                .toList();
        int items = all.stream().mapToInt(OrderDetails.PricedLine::quantity).sum();
        return new MobileOrder(
                details.orderId(), details.status(), details.total(), items, lines, page, pages, !details.complete());
    }
}
