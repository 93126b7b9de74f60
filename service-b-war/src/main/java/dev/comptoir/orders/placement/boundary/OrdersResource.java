package dev.comptoir.orders.placement.boundary;

import dev.comptoir.orders.placement.control.OrderRepository;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderLine;
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

/** /orders: place an order, read one, cancel it, list a customer's (newest first). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class OrdersResource {

    @Inject
    OrderRepository orders;

    @POST
    public Response place(@Valid @NotNull PlaceOrder command, @Context UriInfo uri) {
        CustomerOrder order = orders.add(new CustomerOrder(
                command.customerId(),
                command.lines().stream()
                        .map(line -> new OrderLine(line.sku(), line.quantity()))
                        .toList()));
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
    @Path("{id}/cancel")
    public OrderView cancel(@PathParam("id") String id) {
        CustomerOrder order = orders.get(id);
        order.cancel();
        return OrderView.of(order);
    }

    @GET
    public List<OrderView> ofCustomer(
            @QueryParam("customerId") @NotBlank String customerId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return orders.ofCustomer(customerId, limit).stream().map(OrderView::of).toList();
    }
}
