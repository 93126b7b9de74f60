package dev.comptoir.orders.saga.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Inventory's catalogue, read as the caller to price an order: the order keeps what was asked, Inventory the prices. */
@RegisterRestClient
@Path("products")
public interface Catalogue {

    @GET
    @Path("{sku}")
    @Produces(MediaType.APPLICATION_JSON)
    Response product(@PathParam("sku") String sku);
}
