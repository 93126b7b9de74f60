package dev.comptoir.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.orders.commands.boundary.QueuedPlacement;
import dev.comptoir.orders.placement.boundary.ImmediatePlacement;
import dev.comptoir.orders.placement.boundary.PlacementRequest;
import dev.comptoir.orders.placement.boundary.PlacementWay;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import dev.comptoir.orders.saga.boundary.SagaPlacement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three packages' ways of placing an order between them serve every POST /orders, each exactly one kind. */
class PlacementWaysTest {

    private static final List<PlacementWay> WAYS =
            List.of(new ImmediatePlacement(), new QueuedPlacement(), new SagaPlacement());

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "none, false, ImmediatePlacement",
                "none, true, QueuedPlacement",
                "orchestrated, false, SagaPlacement",
                "choreographed, false, SagaPlacement",
                // SagaPlacement refuses these two itself, with a 400 naming what is wrong.
                "orchestrated, true, SagaPlacement",
                "orchestra, false, SagaPlacement"
            })
    void exactlyOneWayServesEachRequest(String saga, boolean async, String way) {
        PlacementRequest request = new PlacementRequest(
                new PlaceOrder("c-1", List.of(new PlaceOrder.Line("KETTLE", 1))), saga, null, async, null);
        assertEquals(way, PlacementWay.servingOf(WAYS, request).getClass().getSimpleName());
    }
}
