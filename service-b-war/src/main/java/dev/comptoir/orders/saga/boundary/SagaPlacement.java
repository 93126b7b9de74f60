package dev.comptoir.orders.saga.boundary;

import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.placement.boundary.OrderAnswers;
import dev.comptoir.orders.placement.boundary.PlacementRequest;
import dev.comptoir.orders.placement.boundary.PlacementWay;
import dev.comptoir.orders.placement.control.OrderLifecycle.Changed;
import dev.comptoir.orders.saga.control.ChoreographedSaga;
import dev.comptoir.orders.saga.control.OrderSaga;
import dev.comptoir.orders.saga.entity.SagaStyle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * POST /orders?saga=orchestrated|choreographed: the order placed and its create-order saga run before the answer,
 * which shows the order APPROVED or REJECTED and links the saga's timeline ({@code rel="saga"}); {@code timeLimitMs}
 * shortens or lengthens the time after which the coordinator (or, choreographed, Orders) cancels it (default
 * {@code comptoir.orders.saga.time-limit-ms}). Called with no transaction: a saga must not hold one across its calls.
 */
@ApplicationScoped
public class SagaPlacement implements PlacementWay {

    @Inject
    OrderSaga orchestrated;

    @Inject
    ChoreographedSaga choreographed;

    @Override
    public boolean serves(PlacementRequest request) {
        return request.saga() != null;
    }

    @Override
    public Response place(PlacementRequest request, UriInfo uri) {
        Changed ended = style(request.saga(), request.async()) == SagaStyle.ORCHESTRATED
                ? orchestrated.place(request.command(), request.timeLimitMs(), request.idempotencyKey())
                : choreographed.place(request.command(), request.timeLimitMs(), request.idempotencyKey());
        String id = ended.order().id();
        return OrderAnswers.changed(
                Response.created(uri.getBaseUriBuilder().path(id).build())
                        .link(uri.getBaseUriBuilder().path(id).path("saga").build(), "saga"),
                ended);
    }

    /** The style {@code ?saga=} names; an unknown name, then a request to queue a saga, refused in that order. */
    static SagaStyle style(String saga, boolean async) {
        SagaStyle style = SagaStyle.named(saga)
                .orElseThrow(() -> new ProblemException(Problem.of(
                        400,
                        "bad-saga-style",
                        "Unknown saga style",
                        "saga must be orchestrated or choreographed, not " + saga)));
        if (async) {
            throw new ProblemException(Problem.of(
                    400,
                    "saga-not-async",
                    "A saga cannot be queued",
                    "A saga runs while the request waits: send it without Prefer: respond-async"));
        }
        return style;
    }
}
