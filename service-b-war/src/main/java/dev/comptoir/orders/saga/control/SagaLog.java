package dev.comptoir.orders.saga.control;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.saga.entity.Saga;
import dev.comptoir.orders.saga.entity.SagaState;
import dev.comptoir.orders.saga.entity.SagaStep;
import dev.comptoir.orders.saga.entity.SagaStyle;
import dev.comptoir.orders.saga.entity.StepOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The sagas' records in OrdersDS. Each step is written in a transaction of its own as soon as it is
 * known, so that the timeline shows how far a saga got even if the server stops in the middle of it.
 */
@ApplicationScoped
@Transactional
public class SagaLog {

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    /** @return false if the order already has a saga (a retried request): it is not started twice. */
    public boolean begin(String orderId, SagaStyle style, SagaStep first) {
        if (em.find(Saga.class, orderId) != null) {
            return false;
        }
        Saga saga = new Saga(orderId, style);
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

    public void end(String orderId, SagaState state, String reason) {
        get(orderId).end(state, reason);
    }

    public Saga get(String orderId) {
        Saga saga = em.find(Saga.class, orderId);
        if (saga == null) {
            throw ProblemException.notFound("saga", orderId);
        }
        return saga;
    }
}
