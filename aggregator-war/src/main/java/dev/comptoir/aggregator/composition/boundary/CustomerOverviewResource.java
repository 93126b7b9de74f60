package dev.comptoir.aggregator.composition.boundary;

import dev.comptoir.aggregator.authorization.boundary.OwnedBy;
import dev.comptoir.aggregator.composition.control.CustomerOverviewComposer;
import dev.comptoir.aggregator.composition.entity.CustomerOverview;
import dev.comptoir.kit.ids.Uuid;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/customers/{id}/overview: a customer, their credit, and where their open orders stand. */
@Path("api/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerOverviewResource {

    @Inject
    CustomerOverviewComposer composer;

    @OwnedBy(OwnedBy.Kind.CUSTOMER)
    @GET
    @Path("{id}/overview")
    @Operation(
            summary =
                    "The customer's overview: profile, credit and where their open orders stand, composed from three services")
    public CustomerOverview overview(@PathParam("id") @Uuid String id) {
        return composer.compose(id);
    }
}
