package dev.comptoir.kit.messaging.inbox;

import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * The row of a read model that an event changes, locked for the consumer's transaction, and made first when the
 * event is the first about its key. Why not find it, else persist it, in the consumer's transaction: consumers of
 * several sessions and groups get the first events about one key at once; each finds no row and inserts one, and
 * all but one then fail at commit on the primary key, to be redelivered (warnings with stack traces in the log, and
 * a burst could use up a message's attempts). Here the new row is committed at once, in a transaction of its own
 * ({@link NewRows}); should the event's transaction then roll back, the blank row reads as no event seen.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProjectionRows {

    @Inject
    @ServiceDatabase
    EntityManager em;

    @Inject
    NewRows newRows;

    /**
     * @param blank the row as it is before any event, for this id
     * @throws IllegalStateException the row is still not there (another consumer's insert not visible yet): the
     *     message is rolled back and redelivered
     */
    public <T> T locked(Class<T> type, Object id, Supplier<T> blank) {
        T row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            return row;
        }
        try {
            newRows.insertIfAbsent(type, id, blank);
        } catch (PersistenceException madeMeanwhile) {
            // Another consumer's insert came first: its row is the one to lock.
        }
        row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("The new " + type.getSimpleName() + " " + id + " is not visible yet");
        }
        return row;
    }
}
