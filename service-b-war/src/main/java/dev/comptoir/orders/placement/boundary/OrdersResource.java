package dev.comptoir.orders.placement.boundary;

import dev.comptoir.orders.commands.control.OrderCommands;
import dev.comptoir.orders.placement.control.OrderLifecycle;
import dev.comptoir.orders.placement.control.OrderRepository;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderView;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * /orders: place an order (at once, or as a queued command with {@code Prefer: respond-async}), read one,
 * approve or cancel it, list a customer's (newest first).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class OrdersResource {

    @Inject
    OrderRepository orders;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    OrderCommands commands;

    /** Validated here either way; queued, it answers 202 and a status URL (RFC 7240's respond-async). */
    @POST
    public Response place(
            @Valid @NotNull PlaceOrder command, @HeaderParam("Prefer") String prefer, @Context UriInfo uri) {
        if (prefer != null && prefer.contains("respond-async")) {
            String commandId = commands.accept(command).id();
            return Response.accepted(commands.statusOf(commandId))
                    .location(uri.getBaseUriBuilder()
                            .path("commands")
                            .path(commandId)
                            .build())
                    .header("Preference-Applied", "respond-async")
                    .build();
        }
        CustomerOrder order = lifecycle.place(command);
        return Response.created(uri.getAbsolutePathBuilder().path(order.id()).build())
                .entity(OrderView.of(order))
                .build();
    }

    @GET
    @Path("{id}")
    public OrderView get(@PathParam("id") String id) {
        return OrderView.of(orders.get(id));
    }

    @POST
    @Path("{id}/approve")
    public OrderView approve(@PathParam("id") String id) {
        return OrderView.of(lifecycle.approve(id));
    }

    @POST
    @Path("{id}/cancel")
    public OrderView cancel(@PathParam("id") String id) {
        return OrderView.of(lifecycle.cancel(id));
    }

    @GET
    public List<OrderView> ofCustomer(
            @QueryParam("customerId") @NotBlank String customerId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return orders.ofCustomer(customerId, limit).stream().map(OrderView::of).toList();
    }
}
