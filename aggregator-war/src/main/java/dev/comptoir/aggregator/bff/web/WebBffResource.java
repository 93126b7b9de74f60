package dev.comptoir.aggregator.bff.web;

import dev.comptoir.aggregator.authorization.boundary.OwnedBy;
import dev.comptoir.aggregator.composition.control.CustomerOverviewComposer;
import dev.comptoir.aggregator.composition.control.OrderDetailsComposer;
import dev.comptoir.aggregator.composition.entity.CustomerOverview;
import dev.comptoir.aggregator.composition.entity.OrderDetails;
import dev.comptoir.kit.ids.Uuid;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The web front end's backend: the composers' full answers, sources included. */
@Path("bff/web")
@Produces(MediaType.APPLICATION_JSON)
public class WebBffResource {

    @Inject
    OrderDetailsComposer orderDetails;

    @Inject
    CustomerOverviewComposer customerOverview;

    @OwnedBy(OwnedBy.Kind.ORDER)
    @GET
    @Path("orders/{id}")
    @Operation(summary = "An order's details for the web front end: the composer's full answer, sources included")
    public OrderDetails order(@PathParam("id") @Uuid String id) {
        return orderDetails.compose(id);
    }

    @OwnedBy(OwnedBy.Kind.CUSTOMER)
    @GET
    @Path("customers/{id}")
    @Operation(summary = "A customer's overview for the web front end: the composer's full answer, sources included")
    public CustomerOverview customer(@PathParam("id") @Uuid String id) {
        return customerOverview.compose(id);
    }
}
