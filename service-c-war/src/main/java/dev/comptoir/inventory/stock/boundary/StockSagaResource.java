package dev.comptoir.inventory.stock.boundary;

import static org.eclipse.microprofile.lra.annotation.ws.rs.LRA.LRA_HTTP_CONTEXT_HEADER;

import dev.comptoir.inventory.stock.control.StockLedger;
import dev.comptoir.inventory.stock.entity.ReserveStock;
import dev.comptoir.inventory.stock.entity.StockReservationView;
import dev.comptoir.kit.faults.FaultStep;
import dev.comptoir.kit.saga.CoordinatorCallbacks;
import dev.comptoir.kit.saga.LraCompensation;
import dev.comptoir.kit.saga.SagaParticipation;
import dev.comptoir.kit.saga.SagaParticipations;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.lra.annotation.Compensate;
import org.eclipse.microprofile.lra.annotation.Complete;
import org.eclipse.microprofile.lra.annotation.Forget;
import org.eclipse.microprofile.lra.annotation.Status;
import org.eclipse.microprofile.lra.annotation.ws.rs.LRA;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * /inventory/saga/stock-reservations: Inventory as a participant of the orchestrated create-order saga.
 * A reservation joins the caller's LRA; the coordinator then calls complete (the LRA closed: the stock is
 * sold) or compensate (cancelled: the stock goes back on the shelf; retried up to a bound, then parked for
 * an operator). Whether the saga goes on after a refusal is the orchestrator's call, so no answer of this
 * participant cancels the LRA by itself. The callbacks take any body: the coordinator sends its own (text),
 * which they do not need.
 */
@Path("saga/stock-reservations")
@Produces(MediaType.APPLICATION_JSON)
public class StockSagaResource {

    @Inject
    StockLedger ledger;

    @Inject
    SagaParticipations participations;

    @Inject
    LraCompensation compensation;

    /** The callbacks take no token (the coordinator sends none): they take only an LRA of our coordinator. */
    @Inject
    CoordinatorCallbacks callbacks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LRA(
            value = LRA.Type.MANDATORY,
            end = false,
            cancelOnFamily = {})
    // Products are locked pessimistically, so only the saga's row can lose a race (to a compensation).
    @Retry(retryOn = PersistenceException.class, maxRetries = 5, delay = 5, jitter = 20)
    // After the commit: a STEP rule here is the answer lost once the stock is held, so the saga cancels
    // with Inventory's part done (what its compensation is for).
    @FaultStep("inventory/reserve-stock")
    @Operation(summary = "Reserves an order's stock within the caller's create-order saga (its LRA)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The order holds other stock")
    @APIResponse(responseCode = "410", description = "The LRA has ended")
    @APIResponse(responseCode = "412", description = "No LRA, or one this participant cannot join")
    @APIResponse(responseCode = "422", description = "Unknown product, or not enough stock")
    public StockReservationView reserve(
            @HeaderParam(LRA_HTTP_CONTEXT_HEADER) String lraId, @Valid @NotNull ReserveStock command) {
        StockLedger.Reserved reserved = participations.reserve(lraId, command.orderId(), () -> ledger.reserve(command));
        return StockReservationView.of(reserved.reservation());
    }

    @PUT
    @Path("compensate")
    @Compensate
    @Produces(MediaType.TEXT_PLAIN)
    @Retry(retryOn = PersistenceException.class, maxRetries = 5, delay = 5, jitter = 20)
    @Operation(summary = "LRA callback: the saga was cancelled, the order's stock is given back")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "412", description = "Not an LRA of the configured coordinator")
    @APIResponse(responseCode = "500", description = "FailedToCompensate: the coordinator retries")
    public Response compensate(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) String lraId) {
        callbacks.lraOfOurCoordinator(lraId);
        return compensation.compensate(lraId, "inventory/compensate");
    }

    @DELETE
    @Path("forget")
    @Forget
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "LRA callback: the coordinator is done with a compensation this participant gave up on")
    public Response forget() {
        return compensation.forget();
    }

    @PUT
    @Path("complete")
    @Complete
    @Produces(MediaType.TEXT_PLAIN)
    @Retry(retryOn = PersistenceException.class, maxRetries = 5, delay = 5, jitter = 20)
    @Operation(summary = "LRA callback: the saga closed, the order's stock is taken")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "412", description = "Not an LRA of the configured coordinator")
    public Response complete(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) String lraId) {
        callbacks.lraOfOurCoordinator(lraId);
        SagaParticipation participation = participations.complete(lraId, ledger::confirm);
        return Response.ok(participation.participantStatus().name()).build();
    }

    @GET
    @Path("status")
    @Status
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "LRA callback: this participant's status in the saga")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "410", description = "This participant never joined the LRA")
    @APIResponse(responseCode = "412", description = "Not an LRA of the configured coordinator")
    public Response status(@HeaderParam(LRA_HTTP_CONTEXT_HEADER) String lraId) {
        callbacks.lraOfOurCoordinator(lraId);
        return participations.status(lraId);
    }
}
