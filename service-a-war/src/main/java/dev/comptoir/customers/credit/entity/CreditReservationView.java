package dev.comptoir.customers.credit.entity;

import java.math.BigDecimal;
import java.time.Instant;

/** A credit reservation as the API shows it. */
public record CreditReservationView(
        String orderId,
        String customerId,
        BigDecimal amount,
        ReservationStatus status,
        Instant reservedAt,
        Instant updatedAt) {

    public static CreditReservationView of(CreditReservation reservation) {
        return new CreditReservationView(
                reservation.orderId(),
                reservation.customerId(),
                reservation.amount(),
                reservation.status(),
                reservation.reservedAt(),
                reservation.updatedAt());
    }
}
