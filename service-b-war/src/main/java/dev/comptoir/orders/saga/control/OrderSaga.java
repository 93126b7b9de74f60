package dev.comptoir.orders.saga.control;

import static dev.comptoir.orders.saga.entity.StepOutcome.DONE;

import dev.comptoir.orders.placement.control.OrderLifecycle;
import dev.comptoir.orders.placement.control.OrderLifecycle.Changed;
import dev.comptoir.orders.placement.control.OrderRepository;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderLine;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import dev.comptoir.orders.saga.entity.SagaState;
import dev.comptoir.orders.saga.entity.SagaStep;
import dev.comptoir.orders.saga.entity.SagaStyle;
import dev.comptoir.orders.saga.entity.StepOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
    OrderRepository orders;

    @Inject
    SagaLog log;

    @Inject
    LraCoordinator coordinator;

    @Inject
    Participants participants;

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
        if (!log.begin(id, SagaStyle.ORCHESTRATED, first)) {
            return new Changed(orders.get(id), placed.position());
        }
        Reply started = coordinator.start("create-order/" + id, timeLimitMs);
        log.record(id, "start-lra", COORDINATOR, started.outcome(), started.done() ? started.body() : started.detail());
        if (!started.done()) {
            return reject(id, null, "The saga could not start: " + started.detail());
        }
        String lraId = started.body().trim();
        log.joined(id, lraId);
        Optional<String> refusal = reserve(order, lraId);
        if (refusal.isPresent()) {
            return reject(id, lraId, refusal.get());
        }
        Reply closed = coordinator.close(lraId);
        log.record(id, "close-lra", COORDINATOR, closed.outcome(), closed.detail());
        if (!closed.done()) {
            return reject(id, lraId, "The saga could not be closed: " + closed.detail());
        }
        Changed approved = lifecycle.approve(new OrderLifecycle.Command(id, null, null));
        log.record(id, "approve-order", ORDERS, DONE, null);
        log.end(id, SagaState.CONFIRMED, null);
        return approved;
    }

    /** @return why the saga cannot go on, if it cannot: a participant refused or failed. */
    private Optional<String> reserve(CustomerOrder order, String lraId) {
        String id = order.id();
        Map<String, Integer> quantities = new TreeMap<>();
        order.lines().forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> line : quantities.entrySet()) {
            Reply product = participants.product(line.getKey());
            if (!product.done()) {
                log.record(id, "price-order", Participants.INVENTORY, product.outcome(), product.detail());
                return Optional.of(reason("Pricing", product));
            }
            BigDecimal price = product.json().getJsonNumber("price").bigDecimalValue();
            total = total.add(price.multiply(BigDecimal.valueOf(line.getValue())));
        }
        log.record(id, "price-order", Participants.INVENTORY, DONE, "Total " + total);

        Reply credit = participants.reserveCredit(lraId, order.customerId(), id, total);
        log.record(id, "reserve-credit", Participants.CUSTOMERS, credit.outcome(), described(credit, "Held " + total));
        if (!credit.done()) {
            return Optional.of(reason("Credit", credit));
        }
        Reply stock = participants.reserveStock(lraId, id, order.lines());
        log.record(id, "reserve-stock", Participants.INVENTORY, stock.outcome(), described(stock, units(order)));
        return stock.done() ? Optional.empty() : Optional.of(reason("Stock", stock));
    }

    private Changed reject(String id, String lraId, String reason) {
        if (lraId != null) {
            Reply cancelled = coordinator.cancel(lraId);
            log.record(id, "cancel-lra", COORDINATOR, cancelled.outcome(), cancelled.detail());
        }
        String shortReason = reason.length() <= 500 ? reason : reason.substring(0, 500);
        Changed rejected = lifecycle.reject(new OrderLifecycle.Command(id, null, null), shortReason);
        log.record(id, "reject-order", ORDERS, DONE, shortReason);
        log.end(id, SagaState.COMPENSATED, shortReason);
        return rejected;
    }

    /** "Credit refused: Customer 42 has 10.00 available, less than 25.00", or "Credit failed: ..." on a fault. */
    private static String reason(String step, Reply reply) {
        String verb = reply.outcome() == StepOutcome.REFUSED ? " refused: " : " failed: ";
        return step + verb + reply.detail();
    }

    private static String described(Reply reply, String done) {
        return reply.done() ? done : reply.detail();
    }

    private static String units(CustomerOrder order) {
        return "Held " + order.lines().stream().mapToInt(OrderLine::quantity).sum() + " units";
    }
}
