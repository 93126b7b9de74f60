package dev.comptoir.aggregator.ordering.boundary;

import dev.comptoir.aggregator.ordering.control.OrderPlacement;
import dev.comptoir.aggregator.ordering.entity.OrderV1;
import dev.comptoir.aggregator.ordering.entity.PlaceOrderV1;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/v1/orders}: the older API, kept for its clients. The request's renamed fields ({@code
 * customer}, {@code items[].product}, {@code items[].qty}) are mapped onto v2 and placed as v2 is; the answer
 * is shaped back ({@code customer}, {@code state}, {@code items}).
 */
@Path("api/v1/orders")
public class OrdersV1Resource {

    private static final OrderPlacement.FieldNames FIELDS =
            new OrderPlacement.FieldNames("customer", "items[%d].product");

    @Inject
    OrderPlacement placement;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Places an order in the older v1 shape (customer, items[].product, items[].qty), answered in that shape")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "202", description = "Queued (Prefer: respond-async): Location is the command's status")
    @APIResponse(responseCode = "409", description = "Refused by Orders")
    @APIResponse(responseCode = "422", description = "A customer or product that does not exist, or refused by Orders")
    public Response place(
            @Valid @NotNull PlaceOrderV1 command,
            @QueryParam("saga") String saga,
            @QueryParam("timeLimitMs") @Pattern(regexp = "[0-9]{1,9}") String timeLimitMs,
            @HeaderParam("Prefer") String prefer) {
        return GatewayAnswers.place(
                placement,
                security,
                command.toV2(),
                FIELDS,
                new GatewayAnswers.Saga(saga, timeLimitMs),
                prefer,
                uri,
                OrderV1::of);
    }
}
