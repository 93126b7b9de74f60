package dev.comptoir.orders.views.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.security.CustomersOwn;
import dev.comptoir.kit.security.Roles;
import dev.comptoir.orders.placement.entity.OrderStatus;
import dev.comptoir.orders.placement.entity.OrderView;
import dev.comptoir.orders.views.control.OrderViews;
import dev.comptoir.orders.views.entity.OrderSummaryView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * GET /orders?customerId=: a customer's orders, newest first, answered by the read side alone, with its position and
 * lag. It shares the root path with placement's {@code OrdersResource} (POST /orders): RESTEasy matches a request
 * against the methods of every resource class at a path, so the query stays in the package that owns the views.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class CustomerOrdersResource {

    @Inject
    OrderViews views;

    /** {@code minPosition} (a command's Event-Position) waits briefly until the views have it: read-your-writes. */
    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    @CustomersOwn("customerId")
    @Operation(summary = "A customer's orders, newest first, from the read side, with its position and lag")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "503", description = "The views do not include minPosition yet: ask again shortly")
    public Response ofCustomer(
            @QueryParam("customerId") @NotBlank String customerId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            // Event positions start at 1: there is no event at 0 to wait for.
            @QueryParam("minPosition") @Min(1) Long minPosition) {
        if (minPosition != null) {
            views.awaitPosition(minPosition);
        }
        List<OrderView> found = views.ofCustomer(customerId, limit).stream()
                .map(CustomerOrdersResource::shown)
                .toList();
        return Response.ok(found)
                .header(OrderViews.POSITION_HEADER, views.position())
                .header(OrderViews.LAG_HEADER, views.lag())
                .build();
    }

    /** An order's summary as the API shows any order: the same record as the write side's answers. */
    static OrderView shown(OrderSummaryView summary) {
        return new OrderView(
                summary.orderId(),
                summary.customerId(),
                OrderStatus.valueOf(summary.status()),
                summary.placedAt(),
                JSON.createReader(new StringReader(summary.lines())).readArray().stream()
                        .map(JsonValue::asJsonObject)
                        .map(line -> new OrderView.Line(
                                line.getInt("lineNo"), line.getString("sku"), line.getInt("quantity")))
                        .toList(),
                summary.rejectionReason(),
                summary.version());
    }
}
