package dev.comptoir.customers.credit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.kit.problem.ProblemException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditReservationTest {

    private final CreditReservation reservation = new CreditReservation("o-1", "c-1", new BigDecimal("25.00"));

    @Test
    void startsReservedAndMovesOnceToConfirmed() {
        assertEquals(ReservationStatus.RESERVED, reservation.status());

        assertTrue(reservation.moveTo(ReservationStatus.CONFIRMED));
        assertFalse(reservation.moveTo(ReservationStatus.CONFIRMED), "confirming twice changes nothing");
        assertEquals(ReservationStatus.CONFIRMED, reservation.status());
    }

    @Test
    void releasingTwiceChangesNothing() {
        assertTrue(reservation.moveTo(ReservationStatus.RELEASED));
        assertFalse(reservation.moveTo(ReservationStatus.RELEASED));
        assertEquals(ReservationStatus.RELEASED, reservation.status());
    }

    @Test
    void refusesToConfirmWhatWasReleasedOrReleaseWhatWasConfirmed() {
        reservation.moveTo(ReservationStatus.RELEASED);
        ProblemException refusal =
                assertThrows(ProblemException.class, () -> reservation.moveTo(ReservationStatus.CONFIRMED));
        assertEquals(409, refusal.problem().status());
        assertEquals(
                "urn:comptoir:problem:reservation-released", refusal.problem().type());
        assertEquals(ReservationStatus.RELEASED, reservation.status());

        CreditReservation confirmed = new CreditReservation("o-2", "c-1", BigDecimal.ONE);
        confirmed.moveTo(ReservationStatus.CONFIRMED);
        assertThrows(ProblemException.class, () -> confirmed.moveTo(ReservationStatus.RELEASED));
        assertThrows(ProblemException.class, () -> confirmed.moveTo(ReservationStatus.RESERVED));
        assertEquals(ReservationStatus.CONFIRMED, confirmed.status());
    }
}
