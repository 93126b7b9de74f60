package dev.comptoir.orders.placement.boundary;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.orders.placement.entity.PlaceOrder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PlacementWayTest {

    private static final PlacementRequest QUEUED = new PlacementRequest(
            new PlaceOrder("c-1", List.of(new PlaceOrder.Line("KETTLE", 1))), null, null, true, null);

    @Test
    void handsTheRequestToTheOneWayThatServesIt() {
        PlacementWay now = way(request -> !request.async());
        PlacementWay queued = way(PlacementRequest::async);
        assertSame(queued, PlacementWay.servingOf(List.of(now, queued), QUEUED));
    }

    @Test
    void noWayOrTwoWaysServingARequestIsTheDeploymentsMistake() {
        PlacementWay now = way(request -> !request.async());
        PlacementWay queued = way(PlacementRequest::async);
        assertThrows(IllegalStateException.class, () -> PlacementWay.servingOf(List.of(now), QUEUED));
        assertThrows(IllegalStateException.class, () -> PlacementWay.servingOf(List.of(queued, queued), QUEUED));
    }

    private static PlacementWay way(Predicate<PlacementRequest> serves) {
        return new PlacementWay() {
            @Override
            public boolean serves(PlacementRequest request) {
                return serves.test(request);
            }

            @Override
            public Response place(PlacementRequest request, UriInfo uri) {
                throw new UnsupportedOperationException("only chosen here");
            }
        };
    }
}
