package dev.comptoir.orders.saga.control;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.placement.control.OrderLifecycle.Changed;
import dev.comptoir.orders.saga.entity.Saga;
import dev.comptoir.orders.saga.entity.SagaState;
import dev.comptoir.orders.saga.entity.SagaStep;
import dev.comptoir.orders.saga.entity.SagaStyle;
import dev.comptoir.orders.saga.entity.StepOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sagas' records in OrdersDS. Each step is written in a transaction of its own as soon as it is
 * known, so that the timeline shows how far a saga got even if the server stops in the middle of it.
 */
@ApplicationScoped
@Transactional
public class SagaLog {

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    @Inject
    Event<SagaEnded> ended;

    /** @return false if the order already has a saga (a retried request): it is not started twice. */
    public boolean begin(String orderId, SagaStyle style, Duration timeLimit, SagaStep first) {
        if (em.find(Saga.class, orderId) != null) {
            return false;
        }
        Saga saga = new Saga(orderId, style, timeLimit);
        saga.record(first);
        em.persist(saga);
        return true;
    }

    public void record(String orderId, String name, String participant, StepOutcome outcome, String detail) {
        get(orderId).record(new SagaStep(name, participant, outcome, detail));
    }

    public void joined(String orderId, String lraId) {
        get(orderId).joined(lraId);
    }

    /**
     * Ends a running saga and changes its order (approve or reject) in one transaction, with the saga's row
     * locked: the orchestrator and the sweeper of stuck sagas may both try, and only the first one does it.
     *
     * @return the changed order, or empty if the saga had already ended
     */
    public Optional<Changed> end(
            String orderId, SagaState state, String reason, SagaStep last, Supplier<Changed> order) {
        return end(orderId, state, reason, List.of(last), order);
    }

    /** As above, recording several last steps (what ended the saga, then what it did to the order). */
    public Optional<Changed> end(
            String orderId, SagaState state, String reason, List<SagaStep> last, Supplier<Changed> order) {
        Saga saga = em.find(Saga.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (saga == null || saga.state() != SagaState.RUNNING) {
            return Optional.empty();
        }
        Changed changed = order.get();
        last.forEach(saga::record);
        saga.end(state, reason);
        ended.fire(new SagaEnded(orderId));
        return Optional.of(changed);
    }

    /** The ids of the sagas of that style still running that should have ended by {@code before}. */
    public List<String> runningPast(SagaStyle style, Instant before) {
        return em.createQuery(
                        "SELECT s.orderId FROM Saga s WHERE s.state = :running AND s.style = :style"
                                + " AND s.deadline < :before ORDER BY s.deadline",
                        String.class)
                .setParameter("running", SagaState.RUNNING)
                .setParameter("style", style)
                .setParameter("before", before)
                .setMaxResults(100)
                .getResultList();
    }

    /** The {@code limit} sagas started last, newest first. */
    public List<Saga> recent(int limit) {
        return em.createQuery("SELECT s FROM Saga s ORDER BY s.startedAt DESC", Saga.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<Saga> find(String orderId) {
        return Optional.ofNullable(em.find(Saga.class, orderId));
    }

    public Saga get(String orderId) {
        Saga saga = em.find(Saga.class, orderId);
        if (saga == null) {
            throw ProblemException.notFound("saga", orderId);
        }
        return saga;
    }
}
