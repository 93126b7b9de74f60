package dev.comptoir.aggregator.composition.entity;

import dev.comptoir.aggregator.downstream.SourceReport;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An order joined with its customer and its lines priced from the catalogue. When Inventory is
 * missing, lines come without prices and {@code total} is null; {@code sources} says what happened.
 */
@JsonbNillable
public record OrderDetails(
        String orderId,
        String status,
        Instant placedAt,
        CustomerSummary customer,
        List<PricedLine> lines,
        BigDecimal total,
        BigDecimal creditAvailableAfterOrder,
        boolean complete,
        Map<String, SourceReport> sources) {

    @JsonbNillable
    public record CustomerSummary(String id, String name, String email, BigDecimal creditAvailable) {}

    /** {@code name}, {@code unitPrice} and {@code lineTotal} are null when the product could not be read. */
    @JsonbNillable
    public record PricedLine(String sku, String name, BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {}
}
