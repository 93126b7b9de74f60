package dev.comptoir.orders.saga.boundary;

import static dev.comptoir.orders.saga.boundary.SagaPlacement.style;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.saga.entity.SagaStyle;
import org.junit.jupiter.api.Test;

class SagaPlacementTest {

    @Test
    void readsTheStyleInAnyCase() {
        assertEquals(SagaStyle.ORCHESTRATED, style("Orchestrated", false));
        assertEquals(SagaStyle.CHOREOGRAPHED, style("choreographed", false));
    }

    @Test
    void refusesAnUnknownStyleWith400BeforeLookingAtPrefer() {
        assertEquals("urn:comptoir:problem:bad-saga-style", refusal("orchestra", true));
        assertEquals("urn:comptoir:problem:bad-saga-style", refusal("", false));
    }

    @Test
    void refusesToQueueASagaWith400() {
        assertEquals("urn:comptoir:problem:saga-not-async", refusal("orchestrated", true));
    }

    private static String refusal(String saga, boolean async) {
        ProblemException refused = assertThrows(ProblemException.class, () -> style(saga, async));
        assertEquals(400, refused.problem().status());
        return refused.problem().type();
    }
}
