package dev.comptoir.kit.messaging.inbox;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

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
