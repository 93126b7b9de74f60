package dev.comptoir.aggregator.console;

import dev.comptoir.kit.ids.Uuid;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/admin/console/orders}: orders as the console's event-sourcing and dead-letter panels make and show them,
 * through the services' own APIs (operator or admin, as all of /api/admin).
 */
@Path("api/admin/console/orders")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleOrdersResource {

    @Inject
    ServiceDoor services;

    /**
     * Places an order at Orders itself (its {@code POST /orders/} command as it is), without the gateway's check that
     * its customer and products exist: how an order for a product Inventory does not have, the poison message of the
     * dead-letter scenario, gets in.
     */
    @Operation(summary = "Places an order at Orders itself, skipping the gateway's check of its references")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "400", description = "Orders refused the command's shape")
    public Response placeAtOrders(String command, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.one("orders", "POST", "/", command, authorization).toResponse();
    }

    /** The order as it was after its event {@code version}: its stream replayed that far. */
    @Operation(summary = "The order as it was after one of its events, its stream replayed that far")
    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "No such order, or no such version of it")
    public Response atVersion(
            @PathParam("id") @Uuid String id,
            @QueryParam("version") @NotNull @Min(1) Long version,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.one("orders", "GET", id + "?version=" + version, null, authorization)
                .toResponse();
    }

    /** The order's stored events, oldest first. */
    @Operation(summary = "The order's stored events, oldest first")
    @GET
    @Path("{id}/events")
    public Response events(
            @PathParam("id") @Uuid String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.one("orders", "GET", id + "/events", null, authorization)
                .toResponse();
    }

    /** Approves a placed order at Orders, which sends its lines to Inventory's fulfilment queue. */
    @Operation(summary = "Approves a placed order at Orders, which sends its lines to Inventory's fulfilment")
    @POST
    @Path("{id}/approve")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The order cannot be approved in its state")
    public Response approve(
            @PathParam("id") @Uuid String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.one("orders", "POST", id + "/approve", null, authorization)
                .toResponse();
    }

    /** The order's lines as Inventory's fulfilment picked them. */
    @Operation(summary = "The order's lines as Inventory's fulfilment picked them")
    @GET
    @Path("{id}/picks")
    public Response picks(
            @PathParam("id") @Uuid String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.one("inventory", "GET", "fulfilment/" + id, null, authorization)
                .toResponse();
    }
}
