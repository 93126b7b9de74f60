package dev.comptoir.kit.messaging.outbox;

import dev.comptoir.kit.messaging.MessageTracing;
import dev.comptoir.kit.messaging.ServiceConnectionFactory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Moves outbox rows to the broker, oldest first: send (each send returns once the broker has stored it),
 * then delete the sent rows. A crash between the two sends those rows again on the next run, so delivery
 * is at least once and consumers drop the repeats by event id (their inbox). Woken after every commit that
 * wrote to the outbox, and polling as a safety net. One relay per deployment: with several instances on one
 * database, each would relay, harmlessly but out of order, so run it on one of them.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ServiceConnectionFactory
    ConnectionFactory broker;

    @Inject
    Outbox outbox;

    @Inject
    MessageTracing tracing;

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean woken = new AtomicBoolean();
    private ScheduledFuture<?> polling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        polling = executor.scheduleWithFixedDelay(this::drain, 1, 1, TimeUnit.SECONDS);
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
            List<OutboxMessage> batch;
            while (!(batch = outbox.oldest(BATCH)).isEmpty()) {
                try (JMSContext jms = broker.createContext()) {
                    batch.forEach(message -> tracing.send(message.toOutgoing(), jms));
                }
                outbox.remove(batch.stream().map(OutboxMessage::position).toList());
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox relay stopped on a failure; the rows stay and the next run retries them");
        }
    }
}
