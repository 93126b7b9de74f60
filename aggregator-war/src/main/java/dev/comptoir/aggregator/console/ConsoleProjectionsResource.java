package dev.comptoir.aggregator.console;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/admin/console/projections}: where Orders' order views stand (generation, position, lag, the last
 * rebuild) and a rebuild started from the console.
 */
@Path("api/admin/console/projections")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleProjectionsResource {

    private static final String ORDER_VIEWS = "admin/projections/order-views";

    @Inject
    ServiceDoor services;

    @Operation(summary = "Where Orders' order views stand: generation, position, lag and the last rebuild")
    @GET
    public Response status(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.one("orders", "GET", ORDER_VIEWS, null, authorization).toResponse();
    }

    /** Rebuilds the order views into a fresh generation, {@code eventsPerSecond} at most (0: at full speed). */
    @Operation(summary = "Rebuilds Orders' order views from every stored event into a new generation")
    @POST
    @Path("rebuild")
    @APIResponse(responseCode = "202")
    @APIResponse(responseCode = "409", description = "A rebuild is running")
    public Response rebuild(
            @QueryParam("eventsPerSecond") @DefaultValue("0") @Min(0) @Max(1_000_000) int eventsPerSecond,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.one(
                        "orders",
                        "POST",
                        ORDER_VIEWS + "/rebuild?eventsPerSecond=" + eventsPerSecond,
                        null,
                        authorization)
                .toResponse();
    }
}
