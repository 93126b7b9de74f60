package dev.comptoir.orders.saga.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The REST API of WildFly's LRA coordinator (Narayana's), as far as the orchestrator drives it; its commands
 * take an empty text body. An LRA's id is its URL: the coordinator's, then the LRA's own segment.
 */
@RegisterRestClient
@Consumes(MediaType.TEXT_PLAIN)
@Produces(MediaType.TEXT_PLAIN)
public interface CoordinatorApi {

    /** On success, the body is the new LRA's id. */
    @POST
    @Path("start")
    Response start(@QueryParam("ClientID") String clientId, @QueryParam("TimeLimit") long timeLimitMs, String none);

    @PUT
    @Path("{lra}/close")
    Response close(@PathParam("lra") String lra, String none);

    @PUT
    @Path("{lra}/cancel")
    Response cancel(@PathParam("lra") String lra, String none);
}
