package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.aggregator.breakers.entity.Transition;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/** A breaker's recent transitions, each also logged and handed to the breakers' listener (metrics, SSE). */
final class TransitionLog {

    private static final Logger LOG = Logger.getLogger(TransitionLog.class);
    private static final int KEPT = 50;

    private final String breaker;
    private final Clock clock;
    private final Consumer<Transition> listener;
    private final Deque<Transition> recent = new ArrayDeque<>();

    TransitionLog(String breaker, Clock clock, Consumer<Transition> listener) {
        this.breaker = breaker;
        this.clock = clock;
        this.listener = listener;
    }

    void add(String from, String to, String cause) {
        Transition transition = new Transition(breaker, from, to, clock.instant(), cause);
        synchronized (recent) {
            recent.addFirst(transition);
            if (recent.size() > KEPT) {
                recent.removeLast();
            }
        }
        LOG.infof("Circuit breaker %s: %s -> %s (%s)", breaker, from, to, cause);
        listener.accept(transition);
    }

    /** Newest first. */
    List<Transition> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }
}
