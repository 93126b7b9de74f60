package dev.comptoir.kit.messaging.inbox;

import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Inserts a read model's row in a transaction of its own, committed when the call returns (a bean apart from
 * {@link ProjectionRows}, so that the call goes through the transaction interceptor).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class NewRows {

    @Inject
    @ServiceDatabase
    EntityManager em;

    /**
     * @throws PersistenceException another consumer's insert of the same key came first (the database made this
     *     one wait for it, then refused it on the primary key); this transaction is rolled back, that row stands
     */
    public <T> void insertIfAbsent(Class<T> type, Object id, Supplier<T> blank) {
        if (em.find(type, id) == null) {
            em.persist(blank.get());
            em.flush();
        }
    }
}
