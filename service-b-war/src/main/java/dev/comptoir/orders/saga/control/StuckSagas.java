package dev.comptoir.orders.saga.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Looks every few seconds for sagas still RUNNING well past their time limit, which only happens when
 * Orders stopped in the middle of one, and ends them ({@link OrderSaga#endStuck}). The margin is longer
 * than a live orchestrator can still be busy after the deadline, by which the coordinator has cancelled
 * the LRA anyway.
 */
@ApplicationScoped
public class StuckSagas {

    private static final Logger LOG = Logger.getLogger(StuckSagas.class);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SagaLog log;

    @Inject
    OrderSaga sagas;

    @Inject
    @ConfigProperty(name = "orders.saga.stuck-after-ms", defaultValue = "30000")
    long stuckAfterMs;

    private ScheduledFuture<?> sweeping;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        sweeping = executor.scheduleWithFixedDelay(this::sweep, 5, 5, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    private void sweep() {
        for (String orderId : log.runningPast(Instant.now().minusMillis(stuckAfterMs))) {
            try {
                sagas.endStuck(orderId);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not end the stuck saga of order %s; the next round tries again", orderId);
            }
        }
    }
}
