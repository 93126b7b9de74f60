package dev.comptoir.orders.placement.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.eventstore.control.EventStore;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Orders as event streams: loaded from the latest snapshot plus the events after it, saved by appending
 * the events their commands recorded (and a snapshot every {@code comptoir.orders.snapshot-every} versions).
 */
@ApplicationScoped
public class OrderRepository {

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    @Inject
    EventStore store;

    @Inject
    @ConfigProperty(name = "comptoir.orders.snapshot-every", defaultValue = "10")
    int snapshotEvery;

    public CustomerOrder get(String id) {
        OrderSnapshot snapshot = em.find(OrderSnapshot.class, id);
        boolean usable = snapshot != null && snapshot.schemaVersion() == CustomerOrder.SNAPSHOT_SCHEMA_VERSION;
        CustomerOrder fromSnapshot = usable ? CustomerOrder.fromSnapshot(parse(snapshot.state())) : null;
        List<RecordedEvent> events = store.stream(id, usable ? snapshot.version() : 0, Long.MAX_VALUE);
        return found(
                id, fromSnapshot == null && events.isEmpty() ? null : CustomerOrder.replay(id, fromSnapshot, events));
    }

    /** Every event replayed, no snapshot: what a snapshot must agree with. */
    public CustomerOrder replayed(String id, long maxVersion) {
        List<RecordedEvent> events = store.stream(id, 0, maxVersion);
        return found(id, events.isEmpty() ? null : CustomerOrder.replay(id, null, events));
    }

    public CustomerOrder asOf(String id, Instant at) {
        List<RecordedEvent> events = store.streamAsOf(id, at);
        return found(id, events.isEmpty() ? null : CustomerOrder.replay(id, null, events));
    }

    public List<RecordedEvent> history(String id) {
        List<RecordedEvent> events = store.stream(id, 0, Long.MAX_VALUE);
        if (events.isEmpty()) {
            throw ProblemException.notFound("order", id);
        }
        return events;
    }

    /** Appends what the order's commands recorded, after the version it was loaded at (else a 409). */
    public List<RecordedEvent> save(CustomerOrder order, String causationId) {
        List<RecordedEvent> appended = store.append(order.id(), order.loadedVersion(), order.changes(), causationId);
        if (order.version() / snapshotEvery > order.loadedVersion() / snapshotEvery) {
            OrderSnapshot snapshot = em.find(OrderSnapshot.class, order.id());
            if (snapshot == null) {
                snapshot = new OrderSnapshot(order.id());
                em.persist(snapshot);
            }
            snapshot.take(
                    order.version(),
                    CustomerOrder.SNAPSHOT_SCHEMA_VERSION,
                    order.snapshot().toString());
        }
        return appended;
    }

    private static CustomerOrder found(String id, CustomerOrder order) {
        if (order == null) {
            throw ProblemException.notFound("order", id);
        }
        return order;
    }

    private static jakarta.json.JsonObject parse(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }
}
