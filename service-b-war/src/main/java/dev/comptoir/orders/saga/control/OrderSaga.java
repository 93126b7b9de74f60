package dev.comptoir.orders.saga.control;

import static dev.comptoir.orders.saga.entity.StepOutcome.DONE;

import dev.comptoir.kit.saga.SagaParticipations;
import dev.comptoir.orders.placement.control.OrderLifecycle;
import dev.comptoir.orders.placement.control.OrderLifecycle.Changed;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderLine;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import dev.comptoir.orders.saga.entity.Saga;
import dev.comptoir.orders.saga.entity.SagaState;
import dev.comptoir.orders.saga.entity.SagaStep;
import dev.comptoir.orders.saga.entity.SagaStyle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The orchestrator of the create-order saga. Not transactional: each step commits on its own, and no
 * transaction stays open across the calls to the coordinator and the participants. The LRA is closed
 * before the order is approved, so an approved order always has its credit and stock confirmed; if the
 * saga cannot cancel its LRA, the coordinator does at the LRA's time limit, and the participants release.
 */
@ApplicationScoped
public class OrderSaga {

    private static final String ORDERS = "orders";
    private static final String COORDINATOR = "lra-coordinator";

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    SagaLog log;

    @Inject
    LraCoordinator coordinator;

    @Inject
    Participants participants;

    @Inject
    OrderPricing pricing;

    /**
     * Places the order and runs its saga to the end: the order answered is APPROVED or REJECTED.
     *
     * @param timeLimitMs after which the coordinator cancels the saga; null: the configured default
     */
    public Changed place(PlaceOrder command, Long timeLimitMs, String idempotencyKey) {
        Changed placed = lifecycle.place(command, null, idempotencyKey);
        CustomerOrder order = placed.order();
        String id = order.id();
        SagaStep first = new SagaStep(
                "place-order", ORDERS, DONE, "Placed with " + order.lines().size() + " lines");
        Duration timeLimit = coordinator.timeLimit(timeLimitMs);
        if (!log.begin(id, SagaStyle.ORCHESTRATED, timeLimit, first)) {
            return now(placed);
        }
        Reply started = coordinator.start("create-order/" + id, timeLimit);
        log.record(id, "start-lra", COORDINATOR, started.outcome(), started.done() ? started.body() : started.detail());
        if (!started.done()) {
            return reject(placed, null, "The saga could not start: " + started.detail());
        }
        String lraId = started.body().trim();
        log.joined(id, lraId);
        Optional<String> refusal = reserve(order, lraId);
        if (refusal.isPresent()) {
            return reject(placed, lraId, refusal.get());
        }
        Reply closed = coordinator.close(lraId);
        log.record(id, "close-lra", COORDINATOR, closed.outcome(), closed.detail());
        if (!closed.done()) {
            return reject(placed, lraId, "The saga could not be closed: " + closed.detail());
        }
        return approve(id, null).orElseGet(() -> now(placed));
    }

    /**
     * Ends a saga that is still RUNNING past its time limit: Orders stopped in the middle of it. If the LRA
     * was closed (a participant says Completed), the order is approved; else the LRA is cancelled (if the
     * coordinator has not already) and the order rejected. Left for a later round while a participant does
     * not answer.
     */
    public void endStuck(String orderId) {
        Saga saga = log.get(orderId);
        if (saga.lraId() != null) {
            switch (stuckEnd(
                    saga.closeRecorded(),
                    participants.statuses(SagaParticipations.orchestrated(orderId), saga.lraId()))) {
                case WAIT -> {
                    return;
                }
                case APPROVE -> {
                    approve(orderId, "The LRA was closed; the saga is ended after its time limit");
                    return;
                }
                case CANCEL -> {
                    Reply cancelled = coordinator.cancel(saga.lraId());
                    log.record(orderId, "cancel-lra", COORDINATOR, cancelled.outcome(), cancelled.detail());
                }
            }
        }
        String reason = "Time limit: the saga had not ended by " + saga.deadline();
        log.end(
                orderId,
                SagaState.COMPENSATED,
                reason,
                new SagaStep("reject-order", ORDERS, DONE, reason),
                () -> lifecycle.reject(new OrderLifecycle.Command(orderId, null, null), reason));
    }

    /** How {@link #endStuck} ends a saga that joined an LRA: later, by approving, or by cancelling and rejecting. */
    enum StuckEnd {
        WAIT,
        APPROVE,
        CANCEL
    }

    /**
     * Waits while a participant does not answer (it may have confirmed); approves once the LRA got as far as its
     * close or a participant says Completed; else cancels.
     *
     * @param statuses each participant's status of the LRA, {@link Participants#UNREACHABLE} if it did not answer
     */
    static StuckEnd stuckEnd(boolean closeRecorded, Map<String, String> statuses) {
        if (statuses.containsValue(Participants.UNREACHABLE)) {
            return StuckEnd.WAIT;
        }
        if (closeRecorded || statuses.containsValue("Completed")) {
            return StuckEnd.APPROVE;
        }
        return StuckEnd.CANCEL;
    }

    /** @return why the saga cannot go on, if it cannot: a participant refused or failed. */
    private Optional<String> reserve(CustomerOrder order, String lraId) {
        String id = order.id();
        OrderPricing.Priced priced = pricing.price(order);
        if (priced.failure().isPresent()) {
            return Optional.of(priced.failure().get().reason("Pricing"));
        }
        BigDecimal total = priced.total();
        Reply credit = participants.reserveCredit(lraId, order.customerId(), id, total);
        log.record(id, "reserve-credit", Participants.CUSTOMERS, credit.outcome(), described(credit, "Held " + total));
        if (!credit.done()) {
            return Optional.of(credit.reason("Credit"));
        }
        Reply stock = participants.reserveStock(lraId, id, order.lines());
        log.record(id, "reserve-stock", Participants.INVENTORY, stock.outcome(), described(stock, units(order)));
        return stock.done() ? Optional.empty() : Optional.of(stock.reason("Stock"));
    }

    private Optional<Changed> approve(String id, String detail) {
        return log.end(
                id,
                SagaState.CONFIRMED,
                null,
                new SagaStep("approve-order", ORDERS, DONE, detail),
                () -> lifecycle.approve(new OrderLifecycle.Command(id, null, null)));
    }

    private Changed reject(Changed placed, String lraId, String reason) {
        String id = placed.order().id();
        if (lraId != null) {
            Reply cancelled = coordinator.cancel(lraId);
            log.record(id, "cancel-lra", COORDINATOR, cancelled.outcome(), cancelled.detail());
        }
        String shortReason = reason.length() <= 500 ? reason : reason.substring(0, 500);
        return log.end(
                        id,
                        SagaState.COMPENSATED,
                        shortReason,
                        new SagaStep("reject-order", ORDERS, DONE, shortReason),
                        () -> lifecycle.reject(new OrderLifecycle.Command(id, null, null), shortReason))
                .orElseGet(() -> now(placed));
    }

    /** The order as it is now, for a request whose saga another one ended (a retry, or the sweeper). */
    private Changed now(Changed placed) {
        return new Changed(lifecycle.current(placed.order().id()), placed.position());
    }

    private static String described(Reply reply, String done) {
        return reply.done() ? done : reply.detail();
    }

    private static String units(CustomerOrder order) {
        return "Held " + order.lines().stream().mapToInt(OrderLine::quantity).sum() + " units";
    }
}
