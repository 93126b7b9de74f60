package dev.comptoir.kit.messaging.outbox;

import dev.comptoir.kit.messaging.Outgoing;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;

/** The outbox table: written in the business transaction, read and emptied by the relay. */
@ApplicationScoped
public class Outbox {

    @Inject
    @ServiceDatabase
    EntityManager em;

    @Inject
    OutboxRelay relay;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Outgoing message) {
        em.persist(new OutboxMessage(message));
        // Wake the relay as soon as this commits; its polling covers a wake-up lost to a crash.
        if (transaction.getResource(Outbox.class) == null) {
            transaction.putResource(Outbox.class, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.wake();
                    }
                }
            });
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMessage> oldest(int limit) {
        return em.createQuery("SELECT m FROM OutboxMessage m ORDER BY m.position", OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long backlog() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m", Long.class)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remove(List<Long> positions) {
        em.createQuery("DELETE FROM OutboxMessage m WHERE m.position IN :positions")
                .setParameter("positions", positions)
                .executeUpdate();
    }
}
