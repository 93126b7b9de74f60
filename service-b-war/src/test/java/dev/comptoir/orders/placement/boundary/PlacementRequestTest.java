package dev.comptoir.orders.placement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementRequestTest {

    private static final PlaceOrder ORDER = new PlaceOrder("c-1", List.of(new PlaceOrder.Line("KETTLE", 1)));

    @Test
    void refusesATimeLimitWithoutASagaWith400() {
        ProblemException refused =
                assertThrows(ProblemException.class, () -> PlacementRequest.of(ORDER, null, 5_000L, null, null));
        assertEquals(400, refused.problem().status());
        assertEquals(
                "urn:comptoir:problem:time-limit-without-saga",
                refused.problem().type());
    }

    @Test
    void takesATimeLimitForASaga() {
        assertEquals(
                5_000L,
                PlacementRequest.of(ORDER, "orchestrated", 5_000L, null, null).timeLimitMs());
    }

    @Test
    void isAsyncWhenTheClientPrefersRespondAsyncAmongOtherPreferences() {
        assertTrue(PlacementRequest.of(ORDER, null, null, "respond-async", null).async());
        assertTrue(PlacementRequest.of(ORDER, null, null, "return=minimal, respond-async", null)
                .async());
        assertFalse(
                PlacementRequest.of(ORDER, null, null, "return=minimal", null).async());
        assertFalse(PlacementRequest.of(ORDER, null, null, null, null).async());
    }
}
