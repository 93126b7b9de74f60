package dev.comptoir.aggregator.ordering.boundary;

import dev.comptoir.aggregator.authorization.boundary.OwnedBy;
import dev.comptoir.aggregator.ordering.control.OrderPlacement;
import dev.comptoir.kit.ids.Uuid;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/orders/commands/{id}}: a queued order's status (QUEUED, then COMPLETED with its order's URL). */
@Path("api/orders/commands")
public class OrderCommandsResource {

    @Inject
    OrderPlacement placement;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @OwnedBy(OwnedBy.Kind.COMMAND)
    @Operation(summary = "A queued order's status: QUEUED, then COMPLETED with its order's URL")
    public JsonObject status(@PathParam("id") @Uuid String id, @Context UriInfo uri) {
        URI base = uri.getBaseUri();
        return GatewayAnswers.command(placement.command(id), base);
    }
}
