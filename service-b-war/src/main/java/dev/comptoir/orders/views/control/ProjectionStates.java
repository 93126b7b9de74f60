package dev.comptoir.orders.views.control;

import dev.comptoir.orders.eventstore.control.EventStore;
import dev.comptoir.orders.views.entity.ProjectionRebuild;
import dev.comptoir.orders.views.entity.ProjectionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The state row of the order views: read, locked, and made on first use. */
@ApplicationScoped
public class ProjectionStates {

    public static final String ORDER_VIEWS = "order-views";

    @PersistenceContext(unitName = "orders-view")
    EntityManager view;

    @Inject
    EventStore store;

    @Inject
    ProjectionStates self;

    /** The state as last committed, without a lock: what readers go by. */
    @Transactional
    public ProjectionState current() {
        ProjectionState state = view.find(ProjectionState.class, ORDER_VIEWS);
        if (state == null) {
            makeIfMissing();
            state = view.find(ProjectionState.class, ORDER_VIEWS);
        }
        return state;
    }

    /** The state under a write lock held until the caller's transaction ends: one projector writes at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectionState locked() {
        ProjectionState state = view.find(ProjectionState.class, ORDER_VIEWS, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            makeIfMissing();
            state = view.find(ProjectionState.class, ORDER_VIEWS, LockModeType.PESSIMISTIC_WRITE);
        }
        return state;
    }

    private void makeIfMissing() {
        try {
            self.make();
        } catch (PersistenceException madeMeanwhile) {
            // Another transaction made the row first (its insert won on the primary key): that one stands.
        }
    }

    /**
     * On first use the views start at generation 1, empty; if the store already has events (views added to
     * a running system, or their tables renamed), readers see an empty generation 0 while a rebuild fills 1.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void make() {
        boolean history = store.head() > 0;
        view.persist(new ProjectionState(ORDER_VIEWS, history ? 0 : 1, history ? 1L : null));
        if (history) {
            view.persist(new ProjectionRebuild(1, 0, Instant.now()));
        }
        view.flush();
    }
}
