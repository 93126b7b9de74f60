package dev.comptoir.kit.messaging.inbox;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The failed attempts of a service's consumers, written in their own transaction so they outlive the rollback. */
@ApplicationScoped
public class DeliveryFailures {

    @Inject
    @ServiceDatabase
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String consumer, Event event, int attempt, RuntimeException failure) {
        em.persist(new DeliveryFailure(consumer, event, attempt, String.valueOf(failure.getMessage())));
    }

    /**
     * A failed attempt of a step called over HTTP rather than by a message (an orchestrated saga's
     * compensation, retried by the LRA coordinator), in the caller's transaction: it has no message id, so
     * the attempt gets one of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordStep(String step, String callType, String key, int attempt, RuntimeException failure) {
        em.persist(new DeliveryFailure(
                step, UUID.randomUUID().toString(), callType, key, attempt, String.valueOf(failure.getMessage())));
    }

    /** The failed attempts on the events about one entity (their key, e.g. an order id), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeliveryFailure> about(String eventKey) {
        return em.createQuery(
                        "SELECT f FROM DeliveryFailure f WHERE f.eventKey = :key ORDER BY f.id", DeliveryFailure.class)
                .setParameter("key", eventKey)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeliveryFailure> of(String eventId) {
        return em.createQuery(
                        "SELECT f FROM DeliveryFailure f WHERE f.eventId = :event ORDER BY f.id", DeliveryFailure.class)
                .setParameter("event", eventId)
                .getResultList();
    }
}
