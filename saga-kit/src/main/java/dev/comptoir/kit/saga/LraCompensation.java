package dev.comptoir.kit.saga;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.lra.annotation.ParticipantStatus;

/**
 * A participant's {@code @Compensate} in an orchestrated saga, with a bound on the coordinator's retries.
 * A compensation that fails is recorded (its own transaction) and answered 500 with no status, so the
 * coordinator asks {@code @Status} (Active: nothing given back) at a recovery pass and calls again at a
 * later one. At the bound the participation is parked and the answer is 500 FailedToCompensate: the
 * coordinator stops (the LRA fails to cancel), and an operator retries or resolves it
 * ({@link SagaOperations}), as for a choreographed saga's compensation parked in DLQ.
 */
@ApplicationScoped
public class LraCompensation {

    @Inject
    SagaParticipations participations;

    @Inject
    SagaOperations operations;

    @Inject
    CompensationStep steps;

    @Inject
    @ConfigProperty(name = "comptoir.saga.compensation.max-attempts", defaultValue = "5")
    int maxAttempts;

    /**
     * @param step the compensation's name, e.g. {@code customers/compensate}: its failed attempts are recorded
     *     under it, and fault rules (method {@code STEP}) name it to make it fail
     */
    public Response compensate(String lraId, String step) {
        SagaCompensation undo = operations.compensation();
        if (participations.find(lraId).map(SagaParticipation::parked).orElse(false)) {
            return failedToCompensate();
        }
        try {
            SagaParticipation participation =
                    participations.compensate(lraId, orderId -> steps.undo(step, undo, orderId));
            return Response.ok(participation.participantStatus().name()).build();
        } catch (PersistenceException lostRace) {
            throw lostRace; // the caller's @Retry runs it again: not a failed compensation
        } catch (RuntimeException failure) {
            Optional<SagaParticipation> counted = participations.failedCompensation(lraId, step, failure, maxAttempts);
            if (counted.map(SagaParticipation::parked).orElse(false)) {
                return failedToCompensate();
            }
            return Response.serverError()
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Compensation failed, to be retried: " + failure.getMessage())
                    .build();
        }
    }

    /**
     * A participant's {@code @Forget}: the protocol lets the coordinator say it is done with a compensation
     * this participant gave up on (FailedToCompensate); WildFly 39's did not call it in our runs. The parked
     * participation stays: it is the operator's to retry or resolve now, and it still refuses a late
     * reservation for the saga.
     */
    public Response forget() {
        return Response.ok().build();
    }

    private static Response failedToCompensate() {
        return Response.serverError()
                .type(MediaType.TEXT_PLAIN_TYPE)
                .entity(ParticipantStatus.FailedToCompensate.name())
                .build();
    }
}
