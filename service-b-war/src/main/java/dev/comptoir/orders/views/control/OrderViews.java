package dev.comptoir.orders.views.control;

import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.views.entity.DailyTotal;
import dev.comptoir.orders.views.entity.OrderSummaryView;
import dev.comptoir.orders.views.entity.StatusCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

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
    private static final long POLL_MILLIS = 20;

    @PersistenceContext(unitName = "orders-view")
    EntityManager view;

    @PersistenceContext(unitName = "orders")
    EntityManager writeSide;

    public List<OrderSummaryView> ofCustomer(String customerId, int limit) {
        return view.createQuery(
                        "SELECT o FROM OrderSummaryView o WHERE o.customerId = :customer"
                                + " ORDER BY o.placedAt DESC, o.orderId",
                        OrderSummaryView.class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<StatusCount> statusCounts() {
        return view.createQuery("SELECT s FROM StatusCount s ORDER BY s.status", StatusCount.class)
                .getResultList();
    }

    public List<DailyTotal> dailyTotals(String from, String to) {
        return view.createQuery(
                        "SELECT d FROM DailyTotal d WHERE d.day >= :from AND d.day <= :to ORDER BY d.day",
                        DailyTotal.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * The highest global position the views have applied: a high-water mark (orders' events may be applied
     * out of position order, each order's own in order).
     */
    public long position() {
        List<Long> position = view.createQuery(
                        "SELECT p.position FROM ProjectionPosition p WHERE p.projection = :name", Long.class)
                .setParameter("name", OrderProjector.PROJECTION)
                .getResultList();
        return position.isEmpty() ? 0 : position.get(0);
    }

    /** How far the store's last position is ahead of the views' high-water mark (0: caught up, or nearly). */
    public long lag() {
        Long head = writeSide
                .createQuery("SELECT MAX(e.position) FROM StoredEvent e", Long.class)
                .getSingleResult();
        return Math.max(0, (head == null ? 0 : head) - position());
    }

    /**
     * Read-your-writes: waits briefly until the views include the event at {@code minPosition} (the
     * Event-Position a command answered), else a 503 that says so. The store says which order and
     * version that event is; the answer itself still comes from the views only.
     */
    public void awaitPosition(long minPosition) {
        List<Object[]> event = writeSide
                .createQuery(
                        "SELECT e.streamId, e.version FROM StoredEvent e WHERE e.position = :position", Object[].class)
                .setParameter("position", minPosition)
                .getResultList();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (event.isEmpty() || versionOf((String) event.get(0)[0]) < (Long) event.get(0)[1]) {
            if (System.currentTimeMillis() > deadline) {
                throw new ProblemException(Problem.of(
                                503,
                                "projection-behind",
                                "Not there yet",
                                "The views do not include position " + minPosition + " yet; ask again shortly")
                        .with("position", Json.createValue(position())));
            }
            pause();
        }
    }

    private long versionOf(String orderId) {
        List<Long> version = view.createQuery(
                        "SELECT o.version FROM OrderSummaryView o WHERE o.orderId = :id", Long.class)
                .setParameter("id", orderId)
                .getResultList();
        return version.isEmpty() ? 0 : version.get(0);
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
