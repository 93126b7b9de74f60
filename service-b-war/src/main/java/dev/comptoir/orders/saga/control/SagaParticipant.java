package dev.comptoir.orders.saga.control;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A participant of the orchestrated saga, Customers or Inventory, each under {@code saga/}: Customers holds the
 * credit, Inventory the stock, and each keeps its record of a saga. A reservation joins the LRA ({@code lraId}) and
 * answers any media type: JSON, a problem document, or the plain text of the LRA protocol's statuses.
 */
@RegisterRestClient
@Path("saga")
public interface SagaParticipant {

    /** Customers' step. */
    @POST
    @Path("credit-reservations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    Response reserveCredit(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) String lraId, String reservation);

    /** Inventory's step. */
    @POST
    @Path("stock-reservations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    Response reserveStock(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) String lraId, String reservation);

    /** Its record of a saga; {@code lraId}, when given, finds an orchestrated saga's by its LRA. */
    @GET
    @Path("participations/{sagaId}")
    @Produces(MediaType.APPLICATION_JSON)
    Response participation(@PathParam("sagaId") String sagaId, @QueryParam("lra") String lraId);
}
