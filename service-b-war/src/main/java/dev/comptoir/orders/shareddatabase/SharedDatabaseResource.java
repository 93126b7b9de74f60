package dev.comptoir.orders.shareddatabase;

import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.kit.security.Callers;
import dev.comptoir.kit.security.CustomersOwn;
import dev.comptoir.kit.security.Roles;
import dev.comptoir.orders.placement.entity.OrderView;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * /shared-database: create-order as one local transaction ({@code POST orders}) and a customer's overview as one
 * SQL join ({@code GET customers/{id}/overview}). Both answer 404 unless the server runs on the shared database.
 */
@Path("shared-database")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
public class SharedDatabaseResource {

    static final String SHARED_DATABASE = "shared-database";

    @Inject
    @ConfigProperty(name = "comptoir.database.mode", defaultValue = "database-per-service")
    String dataMode;

    @Inject
    OneTransactionPlacement placement;

    @Inject
    JoinedOverview overview;

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Places an order as one local transaction, where the services share one database")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "404", description = "The server does not run on the shared database")
    @APIResponse(responseCode = "422", description = "Unknown customer or product, not enough credit or stock")
    @APIResponse(responseCode = "503", description = "Customers' or Inventory's tables no longer match this SQL")
    public Response place(@Valid @NotNull PlaceOrder command, @Context UriInfo uri, @Context SecurityContext security) {
        requireSharedDatabase();
        if (!Callers.mayActFor(security, command.customerId())) {
            throw new ProblemException(
                    Problem.of(403, "not-your-customer", "Forbidden", "A customer places orders only for themselves"));
        }
        OrderView placed = ForeignSchemas.follow(() -> placement.place(command));
        return Response.created(uri.getBaseUriBuilder().path(placed.id()).build())
                .entity(placed)
                .build();
    }

    @GET
    @Path("customers/{id}/overview")
    @Operation(summary = "A customer's overview as one SQL join, where the services share one database")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "503", description = "Customers' or Inventory's tables no longer match this SQL")
    @CustomersOwn("id")
    public JsonObject overview(@PathParam("id") @Uuid String customerId) {
        requireSharedDatabase();
        return ForeignSchemas.follow(() -> overview.of(customerId));
    }

    /** In database per service these routes do not exist: a 404, as for any unknown path. */
    private void requireSharedDatabase() {
        if (!SHARED_DATABASE.equals(dataMode)) {
            throw new ProblemException(Problem.of(
                    404,
                    "shared-database-only",
                    "Not found",
                    "This route exists only when the services share one database (-Pshared-database)"));
        }
    }
}
