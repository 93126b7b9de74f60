package dev.comptoir.orders.placement.boundary;

import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.placement.entity.PlaceOrder;

/**
 * What a POST /orders asks for: the order; the saga it names ({@code ?saga=}, null for none) and that saga's time
 * limit; whether the client would rather be answered before the order is placed ({@code Prefer: respond-async}, RFC
 * 7240); its Idempotency-Key. A time limit without a saga is refused here, whichever way would serve the rest.
 */
public record PlacementRequest(
        PlaceOrder command, String saga, Long timeLimitMs, boolean async, String idempotencyKey) {

    public PlacementRequest {
        if (saga == null && timeLimitMs != null) {
            throw new ProblemException(Problem.of(
                    400, "time-limit-without-saga", "Time limit without a saga", "timeLimitMs applies to a saga only"));
        }
    }

    static PlacementRequest of(
            PlaceOrder command, String saga, Long timeLimitMs, String prefer, String idempotencyKey) {
        return new PlacementRequest(
                command, saga, timeLimitMs, prefer != null && prefer.contains("respond-async"), idempotencyKey);
    }
}
