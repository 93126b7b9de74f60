package dev.comptoir.orders.views.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.eventstore.control.EventStore;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.views.entity.DailyTotal;
import dev.comptoir.orders.views.entity.OrderSummaryView;
import dev.comptoir.orders.views.entity.StatusCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The queries of Orders: they read the views in OrdersViewDS only, never the event store, and say how
 * far the views are ({@link #position()}) and how far behind the store they are ({@link #lag()}).
 */
@ApplicationScoped
@Transactional
public class OrderViews {

    public static final String POSITION_HEADER = "Projection-Position";
    public static final String LAG_HEADER = "Projection-Lag";

    private static final long WAIT_MILLIS = 2_000;
    private static final long POLL_MILLIS = 10;

    @PersistenceContext(unitName = "orders-view")
    EntityManager view;

    @Inject
    EventStore store;

    @Inject
    ProjectionStates states;

    @Inject
    OrderViews self;

    public List<OrderSummaryView> ofCustomer(String customerId, int limit) {
        return view.createQuery(
                        "SELECT o FROM OrderSummaryView o WHERE o.key.generation = :generation"
                                + " AND o.customerId = :customer ORDER BY o.placedAt DESC, o.key.name",
                        OrderSummaryView.class)
                .setParameter("generation", generation())
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<StatusCount> statusCounts() {
        return view.createQuery(
                        "SELECT s FROM StatusCount s WHERE s.key.generation = :generation ORDER BY s.key.name",
                        StatusCount.class)
                .setParameter("generation", generation())
                .getResultList();
    }

    public List<DailyTotal> dailyTotals(String from, String to) {
        return view.createQuery(
                        "SELECT d FROM DailyTotal d WHERE d.key.generation = :generation"
                                + " AND d.key.name >= :from AND d.key.name <= :to ORDER BY d.key.name",
                        DailyTotal.class)
                .setParameter("generation", generation())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * The highest global position the views readers see have applied: a high-water mark (orders' events
     * may be applied out of position order, each order's own in order).
     */
    public long position() {
        return states.current().position();
    }

    /** How far the store's last position is ahead of the views' high-water mark (0: caught up, or nearly). */
    public long lag() {
        return Math.max(0, store.head() - position());
    }

    /**
     * Read-your-writes: waits briefly until the views include the event at {@code minPosition} (the
     * Event-Position a command answered), else a 503 that says so. The store says which order and
     * version that event is; the answer itself still comes from the views only. Each look is a short
     * transaction of its own: a waiting reader holds no connection that the projector may need.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void awaitPosition(long minPosition) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        Optional<RecordedEvent> event = self.eventAt(minPosition);
        while (event.isEmpty()
                || self.versionOf(event.get().streamId()) < event.get().version()) {
            if (System.currentTimeMillis() > deadline) {
                throw new ProblemException(Problem.of(
                                503,
                                "projection-behind",
                                "Not there yet",
                                "The views do not include position " + minPosition + " yet; ask again shortly")
                        .with("position", JSON.createValue(self.position())));
            }
            pause();
            if (event.isEmpty()) {
                event = self.eventAt(minPosition);
            }
        }
    }

    public Optional<RecordedEvent> eventAt(long position) {
        return store.at(position);
    }

    /** The version of an order's stream that the views readers see reflect, 0 if they do not have it. */
    public long versionOf(String orderId) {
        List<Long> version = view.createQuery(
                        "SELECT o.version FROM OrderSummaryView o WHERE o.key.generation = :generation"
                                + " AND o.key.name = :id",
                        Long.class)
                .setParameter("generation", generation())
                .setParameter("id", orderId)
                .getResultList();
        return version.isEmpty() ? 0 : version.get(0);
    }

    private long generation() {
        return states.current().generation();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
