package dev.comptoir.inventory.stock.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.kit.problem.ProblemException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockReservationTest {

    private final StockReservation reservation = new StockReservation("o-1", Map.of("MUG", 5, "COFFEE", 1));

    @Test
    void holdsItsQuantitiesInSkuOrder() {
        assertEquals(Map.of("COFFEE", 1, "MUG", 5), reservation.quantities());
        assertEquals(
                List.of("COFFEE", "MUG"), List.copyOf(reservation.quantities().keySet()));
        assertEquals(ReservationStatus.RESERVED, reservation.status());
    }

    @Test
    void confirmingOrReleasingTwiceChangesNothing() {
        assertTrue(reservation.moveTo(ReservationStatus.RELEASED));
        assertFalse(reservation.moveTo(ReservationStatus.RELEASED), "a repeated release must not put stock back twice");

        StockReservation confirmed = new StockReservation("o-2", Map.of("MUG", 1));
        assertTrue(confirmed.moveTo(ReservationStatus.CONFIRMED));
        assertFalse(confirmed.moveTo(ReservationStatus.CONFIRMED));
    }

    @Test
    void aConfirmedReservationCannotPutItsStockBack() {
        reservation.moveTo(ReservationStatus.CONFIRMED);

        String refused = assertThrows(ProblemException.class, () -> reservation.moveTo(ReservationStatus.RELEASED))
                .problem()
                .type();

        assertEquals("urn:comptoir:problem:reservation-confirmed", refused);
        assertEquals(ReservationStatus.CONFIRMED, reservation.status());
    }
}
