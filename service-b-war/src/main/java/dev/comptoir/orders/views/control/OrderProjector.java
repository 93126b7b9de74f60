package dev.comptoir.orders.views.control;

import dev.comptoir.orders.eventstore.control.EventStore;
import dev.comptoir.orders.views.entity.ProjectionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Keeps the views of one order up to date with its stream, in one transaction with the position: reads
 * from the event store every event after the version its summary reflects and applies them in stream
 * order. A message that arrives twice or late finds nothing left to apply; one that arrives early (an
 * order's later event before an earlier one) applies the earlier one first, from the store. While a
 * rebuild fills the next generation, the order is brought up to date there too, so that no event
 * committed during the rebuild can be missing from it.
 */
@ApplicationScoped
@Transactional
public class OrderProjector {

    @PersistenceContext(unitName = "orders-view")
    EntityManager view;

    @Inject
    EventStore store;

    @Inject
    ProjectionStates states;

    public void catchUp(String orderId) {
        // One lock for all projector transactions: counters shared by every order stay exact.
        ProjectionState state = states.locked();
        state.applied(new ViewGeneration(view, store, state.generation()).catchUp(orderId));
        if (state.rebuilding() != null) {
            new ViewGeneration(view, store, state.rebuilding()).catchUp(orderId);
        }
    }
}
