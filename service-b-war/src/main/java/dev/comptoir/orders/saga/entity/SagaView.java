package dev.comptoir.orders.saga.entity;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A saga's timeline as the API shows it: its steps as Orders recorded them, and where each participant
 * says it stands now in the LRA protocol's words (Active, Completed, Compensated; unknown if it never
 * heard of the saga, unreachable if it did not answer); for a choreographed saga also each participant's
 * own record: its compensations, the failed attempts of its consumers and the operators' actions.
 */
@JsonbNillable
public record SagaView(
        String orderId,
        SagaStyle style,
        SagaState state,
        String lraId,
        String reason,
        Instant startedAt,
        Instant deadline,
        Instant endedAt,
        List<Step> steps,
        Map<String, String> participants,
        Map<String, JsonObject> participations) {

    public record Step(String name, String participant, StepOutcome outcome, String detail, Instant at) {}

    /** @param participations each participant's own record of the saga: failed attempts, parked, operators' actions */
    public static SagaView of(Saga saga, Map<String, String> participants, Map<String, JsonObject> participations) {
        return new SagaView(
                saga.orderId(),
                saga.style(),
                saga.state(),
                saga.lraId(),
                saga.reason(),
                saga.startedAt(),
                saga.deadline(),
                saga.endedAt(),
                saga.steps().stream()
                        .map(step ->
                                new Step(step.name(), step.participant(), step.outcome(), step.detail(), step.at()))
                        .toList(),
                participants,
                participations);
    }
}
