package dev.comptoir.aggregator.bff.mobile;

import dev.comptoir.aggregator.authorization.boundary.OwnedBy;
import dev.comptoir.aggregator.bff.mobile.entity.MobileCustomer;
import dev.comptoir.aggregator.bff.mobile.entity.MobileOrder;
import dev.comptoir.aggregator.composition.control.CustomerOverviewComposer;
import dev.comptoir.aggregator.composition.control.OrderDetailsComposer;
import dev.comptoir.kit.ids.Uuid;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The mobile app's backend: the same composers as the web's, shaped small and paged. */
@Path("bff/mobile")
@Produces(MediaType.APPLICATION_JSON)
public class MobileBffResource {

    @Inject
    OrderDetailsComposer orderDetails;

    @Inject
    CustomerOverviewComposer customerOverview;

    @OwnedBy(OwnedBy.Kind.ORDER)
    @GET
    @Path("orders/{id}")
    @Operation(summary = "An order's details for the mobile app: shaped small, its lines paged")
    public MobileOrder order(
            @PathParam("id") @Uuid String id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("5") @Min(1) @Max(20) int size) {
        return MobileOrder.of(orderDetails.compose(id), page, size);
    }

    @OwnedBy(OwnedBy.Kind.CUSTOMER)
    @GET
    @Path("customers/{id}")
    @Operation(summary = "A customer's overview for the mobile app, shaped small")
    public MobileCustomer customer(@PathParam("id") @Uuid String id) {
        return MobileCustomer.of(customerOverview.compose(id));
    }
}
