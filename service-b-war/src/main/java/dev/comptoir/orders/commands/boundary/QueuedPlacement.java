package dev.comptoir.orders.commands.boundary;

import dev.comptoir.orders.commands.control.OrderCommands;
import dev.comptoir.orders.placement.boundary.PlacementRequest;
import dev.comptoir.orders.placement.boundary.PlacementWay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * POST /orders with {@code Prefer: respond-async} (RFC 7240) and no saga: the order, already validated, queued as a
 * command and answered 202 with its status URL, {@code /orders/commands/{id}}.
 */
@ApplicationScoped
public class QueuedPlacement implements PlacementWay {

    @Inject
    OrderCommands commands;

    @Override
    public boolean serves(PlacementRequest request) {
        return request.saga() == null && request.async();
    }

    @Override
    public Response place(PlacementRequest request, UriInfo uri) {
        String commandId = commands.accept(request.command()).id();
        return Response.accepted(commands.statusOf(commandId))
                .location(
                        uri.getBaseUriBuilder().path("commands").path(commandId).build())
                .header("Preference-Applied", "respond-async")
                .build();
    }
}
