package dev.comptoir.inventory.fulfilment.boundary;

import dev.comptoir.inventory.fulfilment.control.Picking;
import dev.comptoir.inventory.fulfilment.entity.PickView;
import dev.comptoir.kit.ids.Key;
import dev.comptoir.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /inventory/fulfilment/{orderId}: an order's picks in the order they were made, with their workers. */
@Path("fulfilment")
@Produces(MediaType.APPLICATION_JSON)
// The warehouse's business: the staff's.
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class FulfilmentResource {

    @Inject
    Picking picking;

    @GET
    @Path("{orderId}")
    @Operation(summary = "An order's picks in the order they were made, with their workers")
    public List<PickView> picks(@PathParam("orderId") @Key String orderId) {
        return picking.picksOf(orderId).stream().map(PickView::of).toList();
    }
}
