package dev.comptoir.kit.messaging.outbox;

import dev.comptoir.kit.messaging.Delivery;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Moves outbox rows to the broker, oldest first: send (each send returns once the broker has stored it),
 * then delete the sent rows. A crash between the two sends those rows again on the next run, so delivery
 * is at least once and consumers drop the repeats by event id (their inbox). Woken after every commit that
 * wrote to the outbox, and polling as a safety net. One relay at a time per database: with several instances
 * on one database, each round first locks the outbox's lease row ({@link Outbox#relayOldest}), and an
 * instance that finds it held leaves the round to the holder, whose next read sees its rows, or to its own
 * next poll. Why a row lock and not WildFly's singleton service: the lease lives in the database the rows are
 * in, works the same on one server and in a domain of any profile, and is free the moment its holder's
 * connection dies, which is when its server dies.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Outbox outbox;

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean woken = new AtomicBoolean();
    private ScheduledFuture<?> polling;
    private boolean leaseMade;

    /**
     * Polls in a WAR that publishes, which produces its {@link Delivery}: by XA too, to send what an outbox run left
     * behind. Not in one that publishes nothing (the aggregator), which maps no outbox table.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted, Instance<Delivery> delivery) {
        if (delivery.isResolvable()) {
            polling = executor.scheduleWithFixedDelay(this::drain, 1, 1, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    void wake() {
        if (woken.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        // A wake-up during a run finds the lock taken and returns: the run goes round again for it.
        while (running.tryLock()) {
            try {
                woken.set(false);
                relayAll();
            } finally {
                running.unlock();
            }
            if (!woken.get()) {
                return;
            }
        }
    }

    private void relayAll() {
        try {
            if (!leaseMade) {
                outbox.ensureLease();
                leaseMade = true;
            }
            OptionalInt relayed;
            do {
                relayed = outbox.relayOldest(BATCH);
            } while (relayed.isPresent() && relayed.getAsInt() > 0);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox relay stopped on a failure; the rows stay and the next run retries them");
        }
    }
}
