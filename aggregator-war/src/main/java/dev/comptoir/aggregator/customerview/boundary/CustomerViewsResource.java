package dev.comptoir.aggregator.customerview.boundary;

import dev.comptoir.aggregator.authorization.boundary.OwnedBy;
import dev.comptoir.aggregator.customerview.control.CustomerViews;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GET /api/views/customers/{id}: what {@code /api/customers/{id}/overview} composes, read from the
 * aggregator's read model. {@code limit} defaults to Orders' page of 50, so both answer the same orders;
 * the view can hold and return more than Orders lists in one call.
 */
@Path("api/views/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerViewsResource {

    /** The time of the newest event the answer reflects: the view lags the services by the events in flight. */
    static final String LAST_EVENT_AT = "Last-Event-At";

    @Inject
    CustomerViews views;

    @OwnedBy(OwnedBy.Kind.CUSTOMER)
    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "The customer's overview read from the gateway's own read model, with the time of the newest event it reflects")
    public Response customer(
            @PathParam("id") @Uuid String id, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(5000) int limit) {
        CustomerViews.Answer answer = views.of(id, limit);
        return Response.ok(answer.view())
                .header(LAST_EVENT_AT, answer.lastEventAt())
                .build();
    }
}
