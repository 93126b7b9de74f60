package dev.comptoir.aggregator.orders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final BigDecimal AVAILABLE = new BigDecimal("80.00");
    private static final BigDecimal TOTAL = new BigDecimal("10.00");

    @Test
    void aPlacedOrdersTotalComesOffTheAvailableCredit() {
        assertEquals(new BigDecimal("70.00"), order("PLACED").creditAvailableAfter(AVAILABLE, TOTAL));
    }

    @Test
    void anApprovedOrdersCreditIsAlreadyHeldSoItDoesNotComeOffTwice() {
        assertEquals(AVAILABLE, order("APPROVED").creditAvailableAfter(AVAILABLE, TOTAL));
    }

    @Test
    void anOrderThatNoLongerAsksForCreditHasNoCreditAfterIt() {
        for (String status : List.of("REJECTED", "CANCELLED", "SHIPPED")) {
            assertNull(order(status).creditAvailableAfter(AVAILABLE, TOTAL), status);
        }
    }

    @Test
    void withoutATotalOrACustomerTheCreditAfterIsUnknown() {
        assertNull(order("PLACED").creditAvailableAfter(AVAILABLE, null));
        assertNull(order("PLACED").creditAvailableAfter(null, TOTAL));
    }

    private static Order order(String status) {
        return new Order("o-1", "c-1", status, Instant.EPOCH, List.of(new Order.Line("SKU-1", 1)));
    }
}
