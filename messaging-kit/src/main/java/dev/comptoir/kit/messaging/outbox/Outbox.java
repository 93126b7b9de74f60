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
import java.util.OptionalInt;

/** The outbox table: written in the business transaction, read and emptied by the relay. */
@ApplicationScoped
public class Outbox {

    @Inject
    @ServiceDatabase
    EntityManager em;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxSender sender;

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

    /**
     * One relay round, if this instance holds the lease: the oldest rows (up to {@code limit}) sent, then
     * deleted, in one transaction that keeps the lease's row locked, so that no other instance relays meanwhile
     * and the order of the rows holds across instances. Another instance's round skips the row instead of
     * waiting for it ({@code SKIP LOCKED}, in H2 2 and PostgreSQL alike).
     *
     * @return the rows relayed, or empty when another instance holds the lease
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OptionalInt relayOldest(int limit) {
        List<?> lease = em.createNativeQuery("SELECT ID FROM OUTBOX_LEASE WHERE ID = ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, OutboxLease.ID)
                .getResultList();
        if (lease.isEmpty()) {
            return OptionalInt.empty();
        }
        List<OutboxMessage> batch = em.createQuery(
                        "SELECT m FROM OutboxMessage m ORDER BY m.position", OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList();
        if (!batch.isEmpty()) {
            sender.send(batch);
            em.createQuery("DELETE FROM OutboxMessage m WHERE m.position IN :positions")
                    .setParameter(
                            "positions",
                            batch.stream().map(OutboxMessage::position).toList())
                    .executeUpdate();
        }
        return OptionalInt.of(batch.size());
    }

    /** Makes the lease's row, once per database; two instances starting at once may both try, and one fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensureLease() {
        if (em.find(OutboxLease.class, OutboxLease.ID) == null) {
            em.persist(new OutboxLease(OutboxLease.ID));
            em.flush();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long backlog() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m", Long.class)
                .getSingleResult();
    }
}
