package dev.comptoir.aggregator.inventory.control;

import dev.comptoir.aggregator.downstream.DownstreamRefusalMapper;
import dev.comptoir.aggregator.inventory.entity.Product;
import dev.comptoir.aggregator.inventory.entity.StockReservation;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Inventory API, as far as the aggregator calls it.
 * Public only because RESTEasy's proxy calls it by reflection; the rest of the aggregator goes
 * through the wrapping *Client bean, which builds it with ServiceClients and calls it on the downstream
 * executor. Every call carries the caller's token and the request's correlation id (ForwardedHeaders). Path parameters are {@code @Encoded}: for a
 * RESTEasy client proxy that makes it percent-encode a {@code /} in the value too (it leaves it as it is
 * otherwise), so that no id can add a path segment or a dot segment at the service.
 */
@RegisterProvider(DownstreamRefusalMapper.class)
@RegisterRestClient(configKey = "inventory")
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryRestClient {

    @GET
    @Path("products/{sku}")
    Product product(@Encoded @PathParam("sku") String sku);

    /** A page of the catalogue as Inventory wrote it, for the aggregator's plain merge. */
    @GET
    @Path("products")
    JsonObject catalogueDocument(@QueryParam("size") int size);

    @GET
    @Path("reservations/{orderId}")
    StockReservation stockReservation(@Encoded @PathParam("orderId") String orderId);
}
