package dev.comptoir.customers.profile.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.kit.problem.ProblemException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private final Customer customer = new Customer("Ana", "ana@comptoir.test", new BigDecimal("100.00"));

    @Test
    void keepsAvailableEqualToLimitMinusReservedMinusConfirmed() {
        customer.reserve(new BigDecimal("30.00"));
        customer.reserve(new BigDecimal("20.00"));
        customer.confirm(new BigDecimal("30.00"));
        customer.release(new BigDecimal("20.00"));

        assertEquals(new BigDecimal("0.00"), customer.creditReserved());
        assertEquals(new BigDecimal("30.00"), customer.creditConfirmed());
        assertEquals(new BigDecimal("70.00"), customer.creditAvailable());
    }

    @Test
    void refusesAReservationAboveTheAvailableCredit() {
        customer.reserve(new BigDecimal("90.00"));

        ProblemException refusal =
                assertThrows(ProblemException.class, () -> customer.reserve(new BigDecimal("10.01")));

        assertEquals(422, refusal.problem().status());
        assertEquals(new BigDecimal("10.00"), customer.creditAvailable());
    }

    @Test
    void refusesALimitBelowTheCreditInUse() {
        customer.reserve(new BigDecimal("60.00"));

        assertThrows(ProblemException.class, () -> customer.changeCreditLimit(new BigDecimal("59.99")));
        customer.changeCreditLimit(new BigDecimal("60.00"));

        assertEquals(new BigDecimal("0.00"), customer.creditAvailable());
    }
}
