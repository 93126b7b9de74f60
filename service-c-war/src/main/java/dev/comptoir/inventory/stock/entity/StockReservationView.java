package dev.comptoir.inventory.stock.entity;

import java.time.Instant;
import java.util.List;

/** A stock reservation as the API shows it. */
public record StockReservationView(
        String orderId, List<Line> lines, ReservationStatus status, Instant reservedAt, Instant updatedAt) {

    public record Line(String sku, int quantity) {}

    public static StockReservationView of(StockReservation reservation) {
        return new StockReservationView(
                reservation.orderId(),
                reservation.quantities().entrySet().stream()
                        .map(e -> new Line(e.getKey(), e.getValue()))
                        .toList(),
                reservation.status(),
                reservation.reservedAt(),
                reservation.updatedAt());
    }
}
