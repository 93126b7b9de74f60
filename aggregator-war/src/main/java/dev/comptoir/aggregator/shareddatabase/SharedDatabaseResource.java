package dev.comptoir.aggregator.shareddatabase;

import dev.comptoir.aggregator.authorization.boundary.OwnedBy;
import dev.comptoir.aggregator.authorization.boundary.OwnershipFilter;
import dev.comptoir.aggregator.ordering.control.OrderPlacement;
import dev.comptoir.aggregator.ordering.entity.PlaceOrderV2;
import dev.comptoir.aggregator.orders.control.OrdersClient;
import dev.comptoir.aggregator.orders.entity.OrdersAnswer;
import dev.comptoir.kit.ids.Uuid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/shared-database/orders} (Orders' command shape, as {@code /api/v2/orders}) and
 * {@code GET /api/shared-database/customers/{id}/overview} (the shape of {@code /api/customers/{id}/overview}).
 */
@Path("api/shared-database")
@Produces(MediaType.APPLICATION_JSON)
public class SharedDatabaseResource {

    @Inject
    OrdersClient orders;

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Places an order as one local transaction, where the services share one database")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "404", description = "The server does not run on the shared database")
    @APIResponse(responseCode = "403", description = "A customer's token placing for another customer")
    @APIResponse(
            responseCode = "422",
            description = "Refused by Orders: unknown customer or product, no credit or stock")
    @APIResponse(responseCode = "503", description = "Orders' SQL no longer fits Customers' or Inventory's tables")
    public Response place(@Valid @NotNull PlaceOrderV2 command, @Context SecurityContext security) {
        OwnershipFilter.requirePlacingFor(security, command.customerId(), "customerId");
        OrdersAnswer answer = OrderPlacement.await(orders.placeInOneTransaction(command.toJson()));
        return Response.status(answer.status()).entity(answer.body()).build();
    }

    @OwnedBy(OwnedBy.Kind.CUSTOMER)
    @GET
    @Path("customers/{id}/overview")
    @Operation(summary = "The customer's overview as one SQL join, where the services share one database")
    @APIResponse(responseCode = "200")
    @APIResponse(
            responseCode = "404",
            description = "No such customer, or the server does not run on the shared database")
    @APIResponse(responseCode = "503", description = "Orders' SQL no longer fits Customers' or Inventory's tables")
    public JsonObject overview(@PathParam("id") @Uuid String id) {
        return OrderPlacement.await(orders.joinedOverview(id));
    }
}
