package dev.comptoir.aggregator.orders.control;

import dev.comptoir.aggregator.downstream.DownstreamRefusalMapper;
import dev.comptoir.aggregator.orders.entity.Order;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Orders API, as far as the aggregator calls it.
 * Public only because RESTEasy's proxy calls it by reflection; the rest of the aggregator goes
 * through the wrapping *Client bean, which builds it with ServiceClients and calls it on the downstream
 * executor. Every call carries the caller's token and the request's correlation id (ForwardedHeaders). Path parameters are {@code @Encoded}: for a
 * RESTEasy client proxy that makes it percent-encode a {@code /} in the value too (it leaves it as it is
 * otherwise), so that no id can add a path segment or a dot segment at the service.
 */
@RegisterProvider(DownstreamRefusalMapper.class)
@RegisterRestClient(configKey = "orders")
@Produces(MediaType.APPLICATION_JSON)
public interface OrdersRestClient {

    @GET
    @Path("{id}")
    Order order(@Encoded @PathParam("id") String id);

    @GET
    List<Order> ordersOf(@QueryParam("customerId") String customerId);

    /**
     * Places an order, or with {@code Prefer: respond-async} queues the command (202 and its status URL); with
     * {@code saga} (and {@code timeLimitMs}) the order's create-order saga runs first. A null is left out.
     */
    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_JSON)
    Response place(
            JsonObject command,
            @QueryParam("saga") String saga,
            @QueryParam("timeLimitMs") Long timeLimitMs,
            @HeaderParam("Prefer") String prefer);

    @GET
    @Path("commands/{id}")
    JsonObject command(@Encoded @PathParam("id") String id);

    /** Answers once Orders' read side has applied every event up to {@code minPosition} (read-your-writes). */
    @GET
    JsonArray ordersAfter(
            @QueryParam("customerId") String customerId,
            @QueryParam("limit") int limit,
            @QueryParam("minPosition") long minPosition);

    /** A customer's orders as Orders wrote them, for the aggregator's plain merge. */
    @GET
    JsonArray ordersDocument(@QueryParam("customerId") String customerId);

    /** Shared-database mode only (else a 404): create-order as one local transaction in Orders. */
    @POST
    @Path("shared-database/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    Response placeInOneTransaction(JsonObject command);

    /** Shared-database mode only (else a 404): a customer's overview as one SQL join, made by Orders. */
    @GET
    @Path("shared-database/customers/{id}/overview")
    JsonObject joinedOverview(@Encoded @PathParam("id") String customerId);
}
