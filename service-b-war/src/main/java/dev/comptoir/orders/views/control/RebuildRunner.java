package dev.comptoir.orders.views.control;

import dev.comptoir.orders.views.entity.ProjectionRebuild;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private static final long STOP_WAIT_SECONDS = 30;

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

    /**
     * Lets the step in progress end before the application (and its datasources) stop: the run sees
     * {@code stopping} between steps. Not by interrupting it: an interrupt that lands in the step's commit makes
     * H2 close its file (ClosedByInterruptException), the commit fails after the prepare, and the step stays
     * prepared in the database with its locks, a heuristic outcome that no recovery pass finishes.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        Future<?> current = running;
        if (current == null) {
            return;
        }
        try {
            current.get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException stuck) {
            LOG.warnf("The rebuild did not stop within %d s; interrupting it", STOP_WAIT_SECONDS);
            current.cancel(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException ended) {
            // It has stopped, one way or another.
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
                    LOG.infof(
                            states.current().generation() == generation
                                    ? "Generation %d of the order views swapped in"
                                    : "The rebuild of generation %d of the order views was cancelled",
                            generation);
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
