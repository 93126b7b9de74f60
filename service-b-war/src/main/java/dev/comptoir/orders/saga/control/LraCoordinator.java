package dev.comptoir.orders.saga.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WildFly's LRA coordinator, over its REST API ({@link CoordinatorApi}; an LRA's id is its URL, the coordinator's
 * then its own segment): the saga starts its LRA and ends it itself, because which
 * end (close or cancel) depends on what the participants answered. The participants join and are called
 * back by the coordinator through their {@code @LRA}, {@code @Complete} and {@code @Compensate} methods.
 */
@ApplicationScoped
public class LraCoordinator {

    /** The key WildFly's lra-participant subsystem sets (server-config: the coordinator on the internal listener). */
    @Inject
    @ConfigProperty(
            name = "lra.coordinator.url",
            defaultValue = "http://localhost:8180/lra-coordinator/lra-coordinator")
    String url;

    // A saga that has not ended after 30 s is stuck: the coordinator cancels it, and the participants release.
    @Inject
    @ConfigProperty(name = "comptoir.orders.saga.time-limit-ms", defaultValue = "30000")
    long defaultTimeLimitMs;

    @Inject
    Downstream downstream;

    public Duration timeLimit(Long timeLimitMs) {
        return Duration.ofMillis(timeLimitMs == null ? defaultTimeLimitMs : timeLimitMs);
    }

    /** On success, the body is the new LRA's id: its URL on the coordinator. */
    public Reply start(String clientId, Duration timeLimit) {
        return downstream.call(() -> downstream.coordinator(url).start(clientId, timeLimit.toMillis(), ""));
    }

    /** The participants complete. */
    public Reply close(String lraId) {
        return end(lraId, (coordinator, lra) -> coordinator.close(lra, ""));
    }

    /** The participants compensate. */
    public Reply cancel(String lraId) {
        return end(lraId, (coordinator, lra) -> coordinator.cancel(lra, ""));
    }

    /** A command on the LRA at the coordinator that made it: its id is that coordinator's URL, then its segment. */
    private Reply end(String lraId, BiFunction<CoordinatorApi, String, Response> command) {
        int slash = lraId.lastIndexOf('/');
        return downstream.call(
                () -> command.apply(downstream.coordinator(lraId.substring(0, slash)), lraId.substring(slash + 1)));
    }
}
