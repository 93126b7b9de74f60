package dev.comptoir.kit.messaging.inbox;

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
    public void record(String consumer, String eventId, int attempt, RuntimeException failure) {
        em.persist(new DeliveryFailure(consumer, eventId, attempt, String.valueOf(failure.getMessage())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeliveryFailure> of(String eventId) {
        return em.createQuery(
                        "SELECT f FROM DeliveryFailure f WHERE f.eventId = :event ORDER BY f.id", DeliveryFailure.class)
                .setParameter("event", eventId)
                .getResultList();
    }
}
