package dev.comptoir.inventory.stock.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Orders, as far as Inventory asks it: one order, to know who placed it. */
@RegisterRestClient
public interface OrdersApi {

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Response order(@PathParam("id") String id);
}
