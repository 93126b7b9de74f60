package dev.comptoir.customers.credit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.customers.credit.entity.CreditReservation;
import dev.comptoir.customers.credit.entity.ReserveCredit;
import dev.comptoir.kit.problem.ProblemException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditLedgerTest {

    private final CreditReservation existing = new CreditReservation("o-1", "c-1", new BigDecimal("25.00"));

    @Test
    void aRepeatedReservationAnswersTheOneHeldWithoutMakingAnother() {
        CreditLedger.Reserved repeated =
                CreditLedger.repeated(existing, "c-1", new ReserveCredit("o-1", new BigDecimal("25.0")));

        assertSame(existing, repeated.reservation());
        assertFalse(repeated.created());
    }

    @Test
    void refusesAnotherAmountForAnOrderThatHoldsCredit() {
        ProblemException refusal = assertThrows(
                ProblemException.class,
                () -> CreditLedger.repeated(existing, "c-1", new ReserveCredit("o-1", new BigDecimal("25.01"))));

        assertEquals(409, refusal.problem().status());
        assertEquals(
                "urn:comptoir:problem:reservation-differs", refusal.problem().type());
    }

    @Test
    void refusesTheSameOrderOnAnotherCustomer() {
        ProblemException refusal = assertThrows(
                ProblemException.class,
                () -> CreditLedger.repeated(existing, "c-2", new ReserveCredit("o-1", new BigDecimal("25.00"))));

        assertEquals(
                "urn:comptoir:problem:reservation-other-customer",
                refusal.problem().type());
    }
}
