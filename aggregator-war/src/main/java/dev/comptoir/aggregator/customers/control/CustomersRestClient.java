package dev.comptoir.aggregator.customers.control;

import dev.comptoir.aggregator.customers.entity.Customer;
import dev.comptoir.aggregator.downstream.DownstreamRefusalMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Customers API, as far as the aggregator calls it; asynchronous so that calls fan out in parallel.
 * Public only because RESTEasy's proxy calls it by reflection; the rest of the aggregator goes
 * through the wrapping *Client bean, which builds it with ServiceClients.
 */
@RegisterProvider(DownstreamRefusalMapper.class)
@RegisterRestClient(configKey = "customers")
@Produces(MediaType.APPLICATION_JSON)
public interface CustomersRestClient {

    @GET
    @Path("{id}")
    CompletionStage<Customer> customer(@PathParam("id") String id);
}
