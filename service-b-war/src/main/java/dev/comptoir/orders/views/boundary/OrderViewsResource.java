package dev.comptoir.orders.views.boundary;

import dev.comptoir.kit.security.Roles;
import dev.comptoir.orders.views.control.OrderViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /orders/views: orders per status and daily totals, from the read side, with its position and lag. */
@Path("views")
@Produces(MediaType.APPLICATION_JSON)
// Counts and totals over every customer's orders: the staff's.
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class OrderViewsResource {

    @Inject
    OrderViews views;

    @GET
    @Path("status-counts")
    @Operation(summary = "Orders per status, from the read side, with its position and lag")
    public Response statusCounts() {
        List<Count> counts = views.statusCounts().stream()
                .map(count -> new Count(count.status(), count.orders()))
                .toList();
        return withPosition(Response.ok(counts));
    }

    @GET
    @Path("daily-totals")
    @Operation(summary = "Orders placed and units per day from one date to another, from the read side")
    public Response dailyTotals(
            @QueryParam("from") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String from,
            @QueryParam("to") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String to) {
        List<Total> totals = views.dailyTotals(from, to).stream()
                .map(total -> new Total(total.day(), total.ordersPlaced(), total.units()))
                .toList();
        return withPosition(Response.ok(totals));
    }

    private Response withPosition(Response.ResponseBuilder response) {
        return response.header(OrderViews.POSITION_HEADER, views.position())
                .header(OrderViews.LAG_HEADER, views.lag())
                .build();
    }

    public record Count(String status, long orders) {}

    public record Total(String day, long ordersPlaced, long units) {}
}
