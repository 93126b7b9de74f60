package dev.comptoir.inventory.stock.boundary;

import dev.comptoir.inventory.stock.control.OrderOwners;
import dev.comptoir.inventory.stock.control.StockLedger;
import dev.comptoir.inventory.stock.entity.ReserveStock;
import dev.comptoir.inventory.stock.entity.StockReservationView;
import dev.comptoir.kit.ids.Key;
import dev.comptoir.kit.security.CustomersOwn;
import dev.comptoir.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** /inventory/reservations: reserve an order's stock, then release or confirm it. */
@Path("reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// Holding, releasing and confirming stock is the staff's; a customer reads the reservation of their own order.
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class StockReservationsResource {

    @Inject
    StockLedger ledger;

    @POST
    @Operation(summary = "Reserves stock for an order")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "200", description = "The same reservation existed")
    @APIResponse(responseCode = "409", description = "The order holds other stock")
    @APIResponse(responseCode = "422", description = "Unknown product, or not enough stock")
    public Response reserve(@Valid @NotNull ReserveStock command, @Context UriInfo uri) {
        StockLedger.Reserved reserved = ledger.reserve(command);
        StockReservationView view = StockReservationView.of(reserved.reservation());
        if (!reserved.created()) {
            return Response.ok(view).build();
        }
        return Response.created(
                        uri.getAbsolutePathBuilder().path(command.orderId()).build())
                .entity(view)
                .build();
    }

    @GET
    @Path("{orderId}")
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    @CustomersOwn(value = "orderId", what = "stock-reservation", owners = OrderOwners.class)
    @Operation(summary = "The stock reservation of one order")
    public StockReservationView get(@PathParam("orderId") @Key String orderId) {
        return StockReservationView.of(ledger.get(orderId));
    }

    @POST
    @Path("{orderId}/release")
    @Operation(summary = "Gives back the stock reserved for an order")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The reservation cannot move to released from its state")
    public StockReservationView release(@PathParam("orderId") @Key String orderId) {
        return StockReservationView.of(ledger.release(orderId));
    }

    @POST
    @Path("{orderId}/confirm")
    @Operation(summary = "Confirms the stock reserved for an order: it is taken")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The reservation cannot move to confirmed from its state")
    public StockReservationView confirm(@PathParam("orderId") @Key String orderId) {
        return StockReservationView.of(ledger.confirm(orderId));
    }
}
