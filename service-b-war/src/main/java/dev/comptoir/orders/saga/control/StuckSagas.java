package dev.comptoir.orders.saga.control;

import dev.comptoir.orders.saga.entity.SagaStyle;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Looks every few seconds for sagas still RUNNING past their time limit and ends them. An orchestrated
 * one is only that late when Orders stopped in the middle of it ({@link OrderSaga#endStuck}); the margin is
 * longer than a live orchestrator can still be busy after the deadline, by which the coordinator has
 * cancelled the LRA anyway. A choreographed one has no coordinator to time it out: its deadline is kept
 * here, and a saga still running then is rejected at once ({@link ChoreographedSaga#endStuck}), which the
 * participants compensate.
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
    ChoreographedSaga choreographed;

    @Inject
    @ConfigProperty(name = "comptoir.orders.saga.stuck-after-ms", defaultValue = "30000")
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
        Instant now = Instant.now();
        end(log.runningPast(SagaStyle.ORCHESTRATED, now.minusMillis(stuckAfterMs)), sagas::endStuck);
        end(log.runningPast(SagaStyle.CHOREOGRAPHED, now), choreographed::endStuck);
    }

    private static void end(List<String> orderIds, Consumer<String> ending) {
        for (String orderId : orderIds) {
            try {
                ending.accept(orderId);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not end the stuck saga of order %s; the next round tries again", orderId);
            }
        }
    }
}
