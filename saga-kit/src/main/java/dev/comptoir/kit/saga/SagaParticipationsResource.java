package dev.comptoir.kit.saga;

import dev.comptoir.kit.ids.SagaName;
import dev.comptoir.kit.json.StrictBody;
import dev.comptoir.kit.messaging.inbox.DeliveryFailures;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code saga/participations/{sagaId}}: this participant's part in one saga, for the saga's timeline: its
 * status in the LRA protocol's words, how many compensations arrived, each failed attempt (of its consumers
 * on a choreographed saga's events, which the broker redelivers and then parks in DLQ; or of an orchestrated
 * saga's compensation, which the coordinator retries up to a bound and which is then parked), and the
 * operators' actions. An orchestrated saga's participation is named by its order
 * ({@link SagaParticipations#orchestrated}), and found by its LRA's id when the reader gives it ({@code ?lra=}, as
 * Orders' saga timeline does). {@code POST .../retry} and
 * {@code POST .../resolve} (operator role, web.xml) finish a parked compensation. Served where a WAR registers it,
 * by a subclass that gives the path ({@link dev.comptoir.kit.messaging.MessagingResource} says why).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class SagaParticipationsResource {

    public static final String PATH = "saga/participations/{sagaId}";

    private static final String CHOREOGRAPHED = SagaParticipations.choreographed("");

    @Inject
    SagaParticipations participations;

    @Inject
    SagaOperations operations;

    @Inject
    DeliveryFailures failures;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.OPERATOR, Roles.ADMIN})
    @Operation(
            summary =
                    "This participant's part in one saga: its status, compensations, failed attempts and operators' actions")
    public Part get(@PathParam("sagaId") @SagaName String sagaId, @QueryParam("lra") @Size(max = 255) String lraId) {
        operations.compensation();
        String id = participations.sagaIdOf(sagaId, lraId);
        SagaParticipation participation =
                participations.find(id).orElseThrow(() -> ProblemException.notFound("saga-participation", id));
        return part(id, participation);
    }

    /** Runs the compensation again, now; a repeat changes nothing. */
    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("retry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Runs a parked compensation again, now; a repeat changes nothing")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The participation is not waiting for an operator")
    @APIResponse(responseCode = "503", description = "The compensation failed again")
    public Part retry(@PathParam("sagaId") @SagaName String sagaId, @Valid OperatorNote note) {
        String id = participations.sagaIdOf(sagaId);
        return act(id, "retry", note, () -> operations.retry(id, operator(), text(note)));
    }

    /** Records that the compensation was settled by hand: nothing is given back here. */
    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Path("resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records that a parked compensation was settled by hand: nothing is given back here")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The participation is not waiting for an operator")
    @APIResponse(responseCode = "503", description = "The compensation failed again")
    public Part resolve(@PathParam("sagaId") @SagaName String sagaId, @Valid OperatorNote note) {
        String id = participations.sagaIdOf(sagaId);
        return act(id, "resolve", note, () -> operations.resolve(id, operator(), text(note)));
    }

    private Part act(String sagaId, String action, OperatorNote note, Supplier<SagaParticipation> effect) {
        try {
            return part(sagaId, effect.get());
        } catch (ProblemException refused) {
            throw refused;
        } catch (RuntimeException e) {
            operations.failed(sagaId, action, operator(), text(note), e);
            throw new ProblemException(Problem.of(
                    503, "compensation-failed", "The compensation failed again", String.valueOf(e.getMessage())));
        }
    }

    private Part part(String sagaId, SagaParticipation participation) {
        String orderId = participation.orderId() != null
                ? participation.orderId()
                : sagaId.startsWith(CHOREOGRAPHED) ? sagaId.substring(CHOREOGRAPHED.length()) : null;
        List<Attempt> attempts = orderId == null
                ? List.of()
                : failures.about(orderId).stream()
                        .map(f -> new Attempt(f.consumer(), f.eventType(), f.attempt(), f.reason(), f.failedAt()))
                        .toList();
        List<Action> actions = operations.audit(sagaId).stream()
                .map(a -> new Action(a.action(), a.operator(), a.note(), a.outcome(), a.at()))
                .toList();
        return new Part(
                sagaId,
                participation.orderId(),
                participation.participantStatus().name(),
                participation.compensations(),
                participation.failedCompensations(),
                participation.parked(),
                participation.parkedAt(),
                participation.updatedAt(),
                attempts,
                actions);
    }

    private String operator() {
        return security.getUserPrincipal() == null
                ? "anonymous"
                : security.getUserPrincipal().getName();
    }

    private static String text(OperatorNote note) {
        return note == null ? null : note.note();
    }

    @StrictBody
    public record OperatorNote(@Size(max = 500) String note) {}

    public record Part(
            String sagaId,
            String orderId,
            String status,
            int compensations,
            int failedCompensations,
            boolean parked,
            Instant parkedAt,
            Instant updatedAt,
            List<Attempt> failedAttempts,
            List<Action> operatorActions) {}

    public record Attempt(String consumer, String eventType, int attempt, String reason, Instant failedAt) {}

    public record Action(String action, String operator, String note, String outcome, Instant at) {}
}
