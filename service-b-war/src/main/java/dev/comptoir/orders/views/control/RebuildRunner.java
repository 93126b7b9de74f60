package dev.comptoir.orders.views.control;

import dev.comptoir.orders.views.entity.ProjectionRebuild;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs a rebuild in the background, step after step, at the pace it was asked for; after a restart it
 * resumes the one that was running from its checkpoint.
 */
@ApplicationScoped
public class RebuildRunner {

    private static final Logger LOG = Logger.getLogger(RebuildRunner.class);
    private static final int MAX_BATCH = 500;
    private static final long RETRY_MILLIS = 1_000;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Rebuilds rebuilds;

    @Inject
    ProjectionStates states;

    private volatile boolean stopping;
    private volatile Future<?> running;

    void resume(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // A swap whose old rows were not dropped yet (a restart came between) leaves them to drop now.
        rebuilds.dropRetired();
        Long generation = states.current().rebuilding();
        if (generation != null) {
            running = executor.submit(() -> run(generation));
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (running != null) {
            running.cancel(true);
        }
    }

    /** Starts a rebuild into a fresh generation; {@code eventsPerSecond} 0 reads as fast as it can. */
    public ProjectionRebuild start(int eventsPerSecond) {
        ProjectionRebuild rebuild = rebuilds.begin(eventsPerSecond);
        running = executor.submit(() -> run(rebuild.generation()));
        return rebuild;
    }

    private void run(long generation) {
        ProjectionRebuild rebuild = rebuilds.started(generation);
        int pace = rebuild.eventsPerSecond();
        int batch = pace == 0 ? MAX_BATCH : Math.max(1, Math.min(MAX_BATCH, pace / 10));
        long begin = System.nanoTime();
        long read = 0;
        LOG.infof("Rebuilding the order views into generation %d (run %d)", generation, rebuild.runs());
        try {
            while (!stopping) {
                int events = step(generation, batch);
                if (events == 0) {
                    rebuilds.dropRetired();
                    LOG.infof("Generation %d of the order views swapped in", generation);
                    return;
                }
                read += events;
                if (pace > 0) {
                    TimeUnit.NANOSECONDS.sleep(begin + read * 1_000_000_000L / pace - System.nanoTime());
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** One step; a failed one (a lock timeout, the database away) is tried again, the checkpoint unmoved. */
    private int step(long generation, int batch) throws InterruptedException {
        while (true) {
            try {
                return rebuilds.step(generation, batch);
            } catch (RuntimeException e) {
                if (stopping) {
                    throw new InterruptedException("stopping");
                }
                LOG.warnf(e, "A rebuild step of generation %d failed; trying again", generation);
                TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
            }
        }
    }
}
