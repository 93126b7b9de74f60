package dev.comptoir.orders.saga.control;

import static dev.comptoir.orders.saga.entity.StepOutcome.DONE;
import static dev.comptoir.orders.saga.entity.StepOutcome.REFUSED;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.orders.consumed.Consumed;
import dev.comptoir.orders.placement.control.OrderLifecycle;
import dev.comptoir.orders.placement.control.OrderLifecycle.Changed;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import dev.comptoir.orders.saga.entity.Saga;
import dev.comptoir.orders.saga.entity.SagaState;
import dev.comptoir.orders.saga.entity.SagaStep;
import dev.comptoir.orders.saga.entity.SagaStyle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The create-order saga in choreography: no coordinator. Orders places the order and publishes
 * OrderSagaStarted; Customers reacts with SagaCreditReserved or CreditLimitExceeded, Inventory to the first
 * with SagaStockReserved or OutOfStock; Orders reacts to those by approving the order (OrderApproved: the
 * participants confirm) or rejecting it (OrderRejected: they compensate). Orders keeps the timeline, and
 * is the one that ends the saga: a saga still running at its deadline is rejected by {@link StuckSagas}, so
 * the participants compensate whatever they hold. The request waits for the end, as in the orchestrated
 * style, so both answer the same.
 */
@ApplicationScoped
public class ChoreographedSaga {

    private static final String ORDERS = "orders";

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    SagaLog log;

    @Inject
    LraCoordinator coordinator;

    @Inject
    OrderPricing pricing;

    @Inject
    SagaEventPublisher publisher;

    @Inject
    SagaWaiters waiters;

    // Past the deadline, the sweeper (every 5 s) rejects the saga: the request waits for that too.
    @Inject
    @ConfigProperty(name = "comptoir.orders.saga.answer-grace-ms", defaultValue = "10000")
    long graceMs;

    /** Places the order, starts its saga and waits for its end (at most its time limit and a grace). */
    public Changed place(PlaceOrder command, Long timeLimitMs, String idempotencyKey) {
        Changed placed = lifecycle.place(command, null, idempotencyKey);
        CustomerOrder order = placed.order();
        String id = order.id();
        Duration timeLimit = coordinator.timeLimit(timeLimitMs);
        CompletableFuture<Void> end = waiters.register(id);
        SagaStep first = new SagaStep(
                "place-order", ORDERS, DONE, "Placed with " + order.lines().size() + " lines");
        if (log.begin(id, SagaStyle.CHOREOGRAPHED, timeLimit, first)) {
            start(order);
        }
        waiters.await(id, end, answerWait(log.get(id), Instant.now(), graceMs));
        return new Changed(lifecycle.current(id), placed.position());
    }

    /** How long the request waits for the saga's end: none once it ended, else until its deadline and a grace. */
    static Duration answerWait(Saga saga, Instant now, long graceMs) {
        return saga.state() == SagaState.RUNNING
                ? Duration.between(now, saga.deadline()).plusMillis(graceMs)
                : Duration.ZERO;
    }

    private void start(CustomerOrder order) {
        OrderPricing.Priced priced = pricing.price(order);
        if (priced.failure().isPresent()) {
            reject(order.id(), priced.failure().get().reason("Pricing"), List.of());
            return;
        }
        publisher.started(order, priced.total(), log.get(order.id()).deadline());
    }

    /** A participant's answer, in the transaction that consumes it. Events of another saga style are ignored. */
    public void on(Event event) {
        Consumed.read(event)
                .filter(answer -> log.find(answer.orderId())
                        .filter(s -> s.style() == SagaStyle.CHOREOGRAPHED)
                        .isPresent())
                .ifPresent(answer -> answer.accept(new Consumed.Handler() {
                    @Override
                    public void on(Consumed.SagaCreditReserved held) {
                        log.record(
                                held.orderId(),
                                "reserve-credit",
                                Participants.CUSTOMERS,
                                DONE,
                                "Held " + held.amount());
                    }

                    @Override
                    public void on(Consumed.CreditLimitExceeded refusal) {
                        refused(
                                refusal.orderId(),
                                "reserve-credit",
                                Participants.CUSTOMERS,
                                "Credit",
                                refusal.reason());
                    }

                    @Override
                    public void on(Consumed.SagaStockReserved held) {
                        stockHeld(held.orderId(), held.units());
                    }

                    @Override
                    public void on(Consumed.OutOfStock refusal) {
                        refused(refusal.orderId(), "reserve-stock", Participants.INVENTORY, "Stock", refusal.reason());
                    }
                }));
    }

    private void stockHeld(String id, int units) {
        SagaStep reserved = new SagaStep("reserve-stock", Participants.INVENTORY, DONE, "Held " + units + " units");
        if (log.end(
                        id,
                        SagaState.CONFIRMED,
                        null,
                        List.of(reserved, new SagaStep("approve-order", ORDERS, DONE, null)),
                        () -> lifecycle.approve(new OrderLifecycle.Command(id, null, null)))
                .isEmpty()) {
            late(id, reserved);
        }
    }

    /** Ends a saga still running at its deadline: the order is rejected, and the participants compensate. */
    public void endStuck(String orderId) {
        Saga saga = log.get(orderId);
        reject(orderId, "Time limit: the saga had not ended by " + saga.deadline(), List.of());
    }

    private void refused(String id, String step, String participant, String what, String detail) {
        SagaStep refusal = new SagaStep(step, participant, REFUSED, detail);
        if (!reject(id, what + " refused: " + detail, List.of(refusal))) {
            late(id, refusal);
        }
    }

    /** @return whether this rejected the order (false: the saga had ended already) */
    private boolean reject(String id, String reason, List<SagaStep> before) {
        String shortReason = reason.length() <= 500 ? reason : reason.substring(0, 500);
        List<SagaStep> steps = new ArrayList<>(before);
        steps.add(new SagaStep("reject-order", ORDERS, DONE, shortReason));
        return log.end(
                        id,
                        SagaState.COMPENSATED,
                        shortReason,
                        steps,
                        () -> lifecycle.reject(new OrderLifecycle.Command(id, null, null), shortReason))
                .isPresent();
    }

    /** An answer that came after the saga ended (at its deadline): kept in the timeline, changes nothing. */
    private void late(String id, SagaStep step) {
        log.record(id, step.name(), step.participant(), step.outcome(), "After the end: " + step.detail());
    }
}
