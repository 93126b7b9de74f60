package dev.comptoir.aggregator.aggregation.boundary;

import dev.comptoir.aggregator.aggregation.control.CustomerAggregator;
import dev.comptoir.aggregator.aggregation.entity.CustomerAggregate;
import dev.comptoir.aggregator.aggregation.entity.CustomerHome;
import dev.comptoir.aggregator.authorization.boundary.OwnedBy;
import dev.comptoir.kit.ids.Uuid;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GET /api/aggregate/customers/{id}: the customer, their orders and their credit reservations, merged;
 * GET /api/aggregate/customers/{id}/home: the customer, their orders and the catalogue (A, B and C).
 */
@Path("api/aggregate/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerAggregateResource {

    @Inject
    CustomerAggregator aggregator;

    @OwnedBy(OwnedBy.Kind.CUSTOMER)
    @GET
    @Path("{id}")
    @Operation(summary = "The customer, their orders and their credit reservations, merged")
    public CustomerAggregate aggregate(@PathParam("id") @Uuid String id) {
        return aggregator.aggregate(id);
    }

    @OwnedBy(OwnedBy.Kind.CUSTOMER)
    @GET
    @Path("{id}/home")
    @Operation(summary = "The customer, their orders and the catalogue, merged from the three services")
    public CustomerHome home(@PathParam("id") @Uuid String id) {
        return aggregator.home(id);
    }
}
