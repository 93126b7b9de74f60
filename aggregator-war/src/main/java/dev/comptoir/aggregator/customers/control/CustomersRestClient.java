package dev.comptoir.aggregator.customers.control;

import dev.comptoir.aggregator.customers.entity.Customer;
import dev.comptoir.aggregator.downstream.DownstreamRefusalMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Customers API, as far as the aggregator calls it.
 * Public only because RESTEasy's proxy calls it by reflection; the rest of the aggregator goes
 * through the wrapping *Client bean, which builds it with ServiceClients and calls it on the downstream
 * executor. Every call carries the caller's token and the request's correlation id (ForwardedHeaders). Path parameters are {@code @Encoded}: for a
 * RESTEasy client proxy that makes it percent-encode a {@code /} in the value too (it leaves it as it is
 * otherwise), so that no id can add a path segment or a dot segment at the service.
 */
@RegisterProvider(DownstreamRefusalMapper.class)
@RegisterRestClient(configKey = "customers")
@Produces(MediaType.APPLICATION_JSON)
public interface CustomersRestClient {

    @GET
    @Path("{id}")
    Customer customer(@Encoded @PathParam("id") String id);

    /** The customer as Customers wrote it, for the aggregator's plain merge. */
    @GET
    @Path("{id}")
    JsonObject customerDocument(@Encoded @PathParam("id") String id);

    /** Changes the customer's profile (name, email, credit limit); Customers publishes CustomerChanged. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonObject update(@Encoded @PathParam("id") String id, JsonObject profile);

    @GET
    @Path("{id}/credit-reservations")
    JsonArray reservationsDocument(@Encoded @PathParam("id") String id);
}
