package dev.comptoir.orders.placement.boundary;

import dev.comptoir.orders.placement.control.OrderLifecycle;
import dev.comptoir.orders.placement.control.OrderLifecycle.Changed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** POST /orders with neither a saga nor {@code Prefer: respond-async}: placed now, answered 201 with the order. */
@ApplicationScoped
public class ImmediatePlacement implements PlacementWay {

    @Inject
    OrderLifecycle lifecycle;

    @Override
    public boolean serves(PlacementRequest request) {
        return request.saga() == null && !request.async();
    }

    @Override
    public Response place(PlacementRequest request, UriInfo uri) {
        Changed placed = lifecycle.place(request.command(), null, request.idempotencyKey());
        return OrderAnswers.changed(
                Response.created(
                        uri.getAbsolutePathBuilder().path(placed.order().id()).build()),
                placed);
    }
}
