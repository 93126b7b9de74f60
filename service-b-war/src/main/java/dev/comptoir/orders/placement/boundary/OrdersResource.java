package dev.comptoir.orders.placement.boundary;

import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.kit.security.Callers;
import dev.comptoir.kit.security.CustomersOwn;
import dev.comptoir.kit.security.Roles;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.placement.control.OrderLifecycle;
import dev.comptoir.orders.placement.control.OrderOwners;
import dev.comptoir.orders.placement.control.OrderRepository;
import dev.comptoir.orders.placement.entity.AddLine;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderView;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import dev.comptoir.orders.placement.entity.RejectOrder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * /orders, the write side: place an order (the way the request asks for, see {@link PlacementWay}), read one (now,
 * at a version or as of an instant), its event stream, and the commands that change it. The customer's orders
 * query at the same path is the read side's ({@code views.boundary.CustomerOrdersResource}). A command may send
 * {@code If-Match: "<version>"}: if the order has moved on, 412 and nothing written; and an {@code
 * Idempotency-Key}: sent again, the command answers as the first time and appends nothing. Every answer about one
 * order carries its version as ETag; a command's, the global position of its last event ({@code Event-Position}).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
// Changing an order's course (lines, approval, rejection, cancellation, shipping) is the staff's; a customer places
// and reads their own orders.
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class OrdersResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String IF_MATCH_FAILED = "The order is no longer at the version If-Match names";

    @Inject
    OrderRepository orders;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    Instance<PlacementWay> ways;

    /**
     * Validated here whichever way serves it: placed now (201), queued as a command with {@code Prefer:
     * respond-async} (202 and a status URL), or with {@code ?saga=orchestrated} or {@code ?saga=choreographed} by
     * its create-order saga, which ends before the answer. Each way is a {@link PlacementWay} of the package that
     * owns it. Not transactional itself: a saga must not hold a transaction across its calls, and the other ways
     * open their own.
     */
    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Operation(summary = "Places an order: now, queued (Prefer: respond-async) or by its create-order saga (?saga=)")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "202", description = "Queued (Prefer: respond-async): Location is the command's status")
    @APIResponse(responseCode = "409", description = "The idempotency key was used for another order")
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    public Response place(
            @Valid @NotNull PlaceOrder command,
            @QueryParam("saga") String saga,
            @QueryParam("timeLimitMs") @Min(100) @Max(300_000) Long timeLimitMs,
            @HeaderParam("Prefer") String prefer,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Context UriInfo uri,
            @Context SecurityContext security) {
        if (!Callers.mayActFor(security, command.customerId())) {
            throw new ProblemException(
                    Problem.of(403, "not-your-customer", "Forbidden", "A customer places orders only for themselves"));
        }
        PlacementRequest request = PlacementRequest.of(command, saga, timeLimitMs, prefer, idempotencyKey);
        return PlacementWay.servingOf(ways, request).place(request, uri);
    }

    /** Now, or as it was at {@code version}, or as of the instant {@code at} (ISO-8601). */
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    @CustomersOwn(value = "id", what = "order", owners = OrderOwners.class)
    @Operation(summary = "One order now, at a version or as of an instant, with its version as ETag")
    public Response get(
            @PathParam("id") @Uuid String id,
            @QueryParam("version") @Min(1) Long version,
            @QueryParam("at") String at) {
        CustomerOrder order;
        if (version != null) {
            order = orders.replayed(id, version);
        } else if (at != null) {
            order = orders.asOf(id, instant(at));
        } else {
            order = orders.get(id);
        }
        return Response.ok(OrderView.of(order)).tag(OrderAnswers.tag(order)).build();
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({Roles.CUSTOMER, Roles.OPERATOR, Roles.ADMIN})
    @CustomersOwn(value = "id", what = "order", owners = OrderOwners.class)
    @Operation(summary = "An order's event stream")
    public List<RecordedEvent> events(@PathParam("id") @Uuid String id) {
        return orders.history(id);
    }

    @POST
    @Path("{id}/lines")
    @Operation(summary = "Adds a line to a placed order")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The order is no longer open")
    @APIResponse(responseCode = "412", description = IF_MATCH_FAILED)
    public Response addLine(
            @PathParam("id") @Uuid String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull AddLine line) {
        return OrderAnswers.changed(
                Response.ok(), lifecycle.addLine(command(id, ifMatch, key), line.sku(), line.quantity()));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approves a placed order")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The order cannot be approved in its state")
    @APIResponse(responseCode = "412", description = IF_MATCH_FAILED)
    public Response approve(
            @PathParam("id") @Uuid String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        return OrderAnswers.changed(Response.ok(), lifecycle.approve(command(id, ifMatch, key)));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Rejects a placed order, with a reason")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The order cannot be rejected in its state")
    @APIResponse(responseCode = "412", description = IF_MATCH_FAILED)
    public Response reject(
            @PathParam("id") @Uuid String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull RejectOrder reject) {
        return OrderAnswers.changed(Response.ok(), lifecycle.reject(command(id, ifMatch, key), reject.reason()));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancels an order")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The order cannot be cancelled in its state")
    @APIResponse(responseCode = "412", description = IF_MATCH_FAILED)
    public Response cancel(
            @PathParam("id") @Uuid String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        return OrderAnswers.changed(Response.ok(), lifecycle.cancel(command(id, ifMatch, key)));
    }

    @POST
    @Path("{id}/ship")
    @Operation(summary = "Ships an approved order")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The order cannot be shipped in its state")
    @APIResponse(responseCode = "412", description = IF_MATCH_FAILED)
    public Response ship(
            @PathParam("id") @Uuid String id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        return OrderAnswers.changed(Response.ok(), lifecycle.ship(command(id, ifMatch, key)));
    }

    private static OrderLifecycle.Command command(String id, String ifMatch, String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new ProblemException(Problem.of(
                    400,
                    "bad-idempotency-key",
                    "Bad Idempotency-Key",
                    "Idempotency-Key must have 1 to 100 characters"));
        }
        return new OrderLifecycle.Command(id, expected(ifMatch), idempotencyKey);
    }

    /** {@code If-Match: "3"} (or W/"3"): the version the client saw. */
    private static Long expected(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String version = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(version);
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    Problem.of(400, "bad-if-match", "Bad If-Match", "If-Match must be an order version, e.g. \"3\""));
        }
    }

    private static Instant instant(String at) {
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.of(
                    400, "bad-instant", "Bad instant", "at must be an ISO-8601 instant, e.g. 2026-01-31T12:00:00Z"));
        }
    }
}
