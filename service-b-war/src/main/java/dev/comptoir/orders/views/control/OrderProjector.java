package dev.comptoir.orders.views.control;

import dev.comptoir.orders.eventstore.control.EventStore;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.views.entity.ProjectionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Keeps the views of one order up to date with its stream: applies, in stream order, every stored event
 * after the version its summary reflects, with the position, in one transaction. A message that arrives
 * twice or late finds nothing left to apply; one that arrives early (an order's later event before an
 * earlier one) applies the earlier one first. While a rebuild fills the next generation, the order is
 * brought up to date there too, so that no event committed during the rebuild can be missing from it.
 *
 * <p>The events are read from the store first, in a transaction of their own: the views' transaction
 * then touches OrdersViewDS only and commits in one phase, which is what lets one projector keep pace
 * with the writers (it holds the projection's lock until it commits). An event committed in between is
 * left to its own message.
 */
@ApplicationScoped
public class OrderProjector {

    @PersistenceContext(unitName = "orders-view")
    EntityManager view;

    @Inject
    EventStore store;

    @Inject
    ProjectionStates states;

    @Inject
    OrderProjector self;

    public void catchUp(String orderId) {
        List<RecordedEvent> events = self.eventsAfter(orderId, self.lowestVersion(orderId));
        if (!events.isEmpty()) {
            self.apply(events);
        }
    }

    /** The version of the order in the generation furthest behind, read without the lock. */
    @Transactional
    public long lowestVersion(String orderId) {
        ProjectionState state = states.current();
        long version = new ViewGeneration(view, store, state.generation()).versionOf(orderId);
        if (state.rebuilding() != null) {
            version = Math.min(version, new ViewGeneration(view, store, state.rebuilding()).versionOf(orderId));
        }
        return version;
    }

    @Transactional
    public List<RecordedEvent> eventsAfter(String orderId, long version) {
        return store.stream(orderId, version, Long.MAX_VALUE);
    }

    /** Offers the events to each generation under the projection's lock: counters shared by every order stay exact. */
    @Transactional
    public void apply(List<RecordedEvent> events) {
        ProjectionState state = states.locked();
        state.applied(new ViewGeneration(view, store, state.generation()).offerAll(events));
        if (state.rebuilding() != null) {
            new ViewGeneration(view, store, state.rebuilding()).offerAll(events);
        }
    }
}
