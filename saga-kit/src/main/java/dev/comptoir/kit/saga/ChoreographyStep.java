package dev.comptoir.kit.saga;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * A participant's reservation in a choreographed saga, in the transaction of the event it reacts to: the
 * reservation goes through the saga's row in a transaction of its own ({@link OwnTransaction}), and the
 * participant says how it went on its topic, with the saga's event passed on as it came (what the next
 * service needs) or with the refusal's reason. A refusal leaves the saga's tombstone (or gives back what
 * the saga held), so a reservation that comes again for that saga is refused too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChoreographyStep {

    @Inject
    SagaParticipations participations;

    @Inject
    OwnTransaction own;

    @Inject
    Messages messages;

    /** Where the participant says how its step went, and under which event types (schema version 1). */
    public record Outcomes(String topic, String reserved, String refused) {}

    public void reserve(JsonObject saga, Supplier<?> reservation, SagaCompensation undo, Outcomes outcomes) {
        String sagaId = saga.getString("sagaId");
        String orderId = saga.getString("orderId");
        try {
            own.run(() -> participations.reserve(sagaId, orderId, reservation));
        } catch (ProblemException refused) {
            participations.compensate(sagaId, undo::undo);
            JsonObject refusal = JSON.createObjectBuilder(saga)
                    .add("reason", refused.getMessage())
                    .add("problemType", refused.problem().type())
                    .build();
            messages.publish(outcomes.topic(), Event.of(outcomes.refused(), 1, orderId, refusal));
            return;
        }
        messages.publish(outcomes.topic(), Event.of(outcomes.reserved(), 1, orderId, saga));
    }
}
