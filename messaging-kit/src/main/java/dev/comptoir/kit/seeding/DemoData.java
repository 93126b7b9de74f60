package dev.comptoir.kit.seeding;

import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Seeds demo rows into the service's database when it is empty, at most once across the service's instances: two
 * instances that deploy at once on a fresh database both find it empty, and the second one's rows collide with the
 * first's (a unique key). Its seeding is then rolled back whole, its events with it, and its deployment goes on.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    Seeding seeding;

    /** Call outside a transaction (a startup singleton's {@code NOT_SUPPORTED} callback): the seeding has its own. */
    public void seedIfEmpty(String what, BooleanSupplier empty, Runnable seed) {
        try {
            seeding.seedIfEmpty(empty, seed);
        } catch (PersistenceException | TransactionalException collided) {
            LOG.infof("The demo %s were seeded by another instance meanwhile: %s", what, collided);
        }
    }

    /** The seeding's own transaction, flushed inside it so that a collision is thrown here, not at commit. */
    @ApplicationScoped
    static class Seeding {

        @Inject
        @ServiceDatabase
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void seedIfEmpty(BooleanSupplier empty, Runnable seed) {
            if (empty.getAsBoolean()) {
                seed.run();
                em.flush();
            }
        }
    }
}
