package dev.comptoir.aggregator.orders.control;

import dev.comptoir.aggregator.downstream.DownstreamRefusalMapper;
import dev.comptoir.aggregator.orders.entity.Order;
import dev.comptoir.kit.correlation.CorrelationId;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Orders API, as far as the aggregator calls it.
 * Public only because RESTEasy's proxy calls it by reflection; the rest of the aggregator goes
 * through the wrapping *Client bean, which builds it with ServiceClients and calls it on the downstream
 * executor. Every call carries the request's correlation id.
 */
@RegisterProvider(DownstreamRefusalMapper.class)
@RegisterRestClient(configKey = "orders")
@Produces(MediaType.APPLICATION_JSON)
public interface OrdersRestClient {

    @GET
    @Path("{id}")
    Order order(@PathParam("id") String id, @HeaderParam(CorrelationId.HEADER) String requestId);

    @GET
    List<Order> ordersOf(
            @QueryParam("customerId") String customerId, @HeaderParam(CorrelationId.HEADER) String requestId);

    /** A customer's orders as Orders wrote them, for the aggregator's plain merge. */
    @GET
    JsonArray ordersDocument(
            @QueryParam("customerId") String customerId, @HeaderParam(CorrelationId.HEADER) String requestId);
}
