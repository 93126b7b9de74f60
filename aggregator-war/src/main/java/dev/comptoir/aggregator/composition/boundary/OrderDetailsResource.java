package dev.comptoir.aggregator.composition.boundary;

import dev.comptoir.aggregator.authorization.boundary.OwnedBy;
import dev.comptoir.aggregator.composition.control.OrderDetailsComposer;
import dev.comptoir.aggregator.composition.entity.OrderDetails;
import dev.comptoir.kit.ids.Uuid;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/orders/{id}/details: an order with its customer and priced lines. */
@Path("api/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderDetailsResource {

    @Inject
    OrderDetailsComposer composer;

    @OwnedBy(OwnedBy.Kind.ORDER)
    @GET
    @Path("{id}/details")
    @Operation(summary = "An order with its customer and priced lines, composed from three services")
    public OrderDetails details(@PathParam("id") @Uuid String id) {
        return composer.compose(id);
    }
}
