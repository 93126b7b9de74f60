package dev.comptoir.orders.placement.control;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.eventstore.control.EventStore;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderLine;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Each command on an order: load it from its events, let it decide, append what it recorded and send it
 * on, in one transaction. A command may state the version it expects (If-Match): if the order is at another
 * one, or moves on while the command runs, a 412 (RFC 9110), type {@code if-match-failed}. Without one, the
 * version it loaded is the one its events must follow, else a 409 ({@code stale-version}).
 */
@ApplicationScoped
@Transactional
public class OrderLifecycle {

    @Inject
    OrderRepository orders;

    @Inject
    OrderEventPublisher events;

    @Inject
    EventStore store;

    /**
     * With an idempotency key, the order id derives from the key: a retry finds the order it placed and
     * answers with it, appending nothing.
     */
    public Changed place(PlaceOrder command, String causationId, String idempotencyKey) {
        String id = idempotencyKey == null
                ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("order/" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                        .toString();
        Optional<Changed> earlier = earlier(id, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CustomerOrder order = CustomerOrder.place(
                id,
                idempotencyKey,
                command.customerId(),
                command.lines().stream()
                        .map(line -> new OrderLine(0, line.sku(), line.quantity()))
                        .toList());
        return save(order, causationId);
    }

    public Changed addLine(Command command, String sku, int quantity) {
        return change(command, order -> order.addLine(sku, quantity));
    }

    public Changed approve(Command command) {
        return change(command, CustomerOrder::approve);
    }

    public Changed reject(Command command, String reason) {
        return change(command, order -> order.reject(reason));
    }

    public Changed cancel(Command command) {
        return change(command, CustomerOrder::cancel);
    }

    public Changed ship(Command command) {
        return change(command, CustomerOrder::ship);
    }

    /** The order as it is now, in a transaction of its own: for a saga, which holds none between its steps. */
    public CustomerOrder current(String orderId) {
        return orders.get(orderId);
    }

    /** A retried command (same idempotency key) answers with the order as it is, and appends nothing. */
    private Changed change(Command request, Consumer<CustomerOrder> command) {
        String id = request.orderId();
        Long expectedVersion = request.expectedVersion();
        Optional<Changed> earlier = earlier(id, request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CustomerOrder order = orders.get(id);
        if (request.idempotencyKey() != null) {
            order.identifyChangesBy(request.idempotencyKey());
        }
        if (expectedVersion != null && expectedVersion != order.version()) {
            throw ifMatchFailed(
                    "Order " + id + " is at version " + order.version() + ", If-Match named " + expectedVersion);
        }
        command.accept(order);
        try {
            return save(order, null);
        } catch (EventStore.StreamMovedOn lostRace) {
            if (expectedVersion == null) {
                throw lostRace;
            }
            throw ifMatchFailed(lostRace.problem().detail());
        }
    }

    private static ProblemException ifMatchFailed(String detail) {
        return ProblemException.preconditionFailed("if-match-failed", "If-Match failed: the order has changed", detail);
    }

    private Optional<Changed> earlier(String orderId, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return store.positionOf(CustomerOrder.eventIdFor(orderId, idempotencyKey, 0))
                .map(position -> new Changed(orders.get(orderId), position));
    }

    private Changed save(CustomerOrder order, String causationId) {
        List<RecordedEvent> appended = orders.save(order, causationId);
        events.appended(order, appended);
        return new Changed(order, appended.get(appended.size() - 1).position());
    }

    /** The order after a command, and the global position of its last event (for read-your-writes). */
    public record Changed(CustomerOrder order, long position) {}

    /** Which order a command is for, the version it expects (If-Match) and its Idempotency-Key; both optional. */
    public record Command(String orderId, Long expectedVersion, String idempotencyKey) {}
}
