package dev.comptoir.inventory.restock.boundary;

import dev.comptoir.inventory.restock.control.Restocking;
import dev.comptoir.inventory.restock.entity.RestockHistory;
import dev.comptoir.inventory.restock.entity.RestockProduct;
import dev.comptoir.inventory.restock.entity.RestockView;
import dev.comptoir.kit.ids.Key;
import dev.comptoir.kit.ids.Sku;
import dev.comptoir.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
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
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * /inventory/products/{sku}/restocks: stock received (201, or 200 for a restock id sent again with the same
 * quantity), and the product's restocks.
 */
@Path("products/{sku}/restocks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// The warehouse's business: the staff's.
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class RestocksResource {

    @Inject
    Restocking restocking;

    @POST
    // The product is locked first, so only one restock id sent for two products at once loses on the key.
    @Retry(retryOn = PersistenceException.class, maxRetries = 3, delay = 5, jitter = 20)
    @Operation(summary = "Records stock received for a product")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "200", description = "The same restock existed")
    @APIResponse(responseCode = "409", description = "The restock id was used for another restock")
    public Response restock(
            @PathParam("sku") @Sku String sku, @Valid @NotNull RestockProduct command, @Context UriInfo uri) {
        Restocking.Restocked restocked = restocking.restock(sku, command);
        RestockView view = RestockView.of(restocked.restock());
        if (!restocked.created()) {
            return Response.ok(view).build();
        }
        return Response.created(
                        uri.getAbsolutePathBuilder().path(command.restockId()).build())
                .entity(view)
                .build();
    }

    @GET
    @Operation(summary = "A product's restocks")
    public RestockHistory history(@PathParam("sku") @Sku String sku) {
        return restocking.history(sku);
    }

    @GET
    @Path("{restockId}")
    @Operation(summary = "One restock of a product")
    public RestockView get(@PathParam("sku") @Sku String sku, @PathParam("restockId") @Key String restockId) {
        return restocking.get(sku, restockId);
    }
}
