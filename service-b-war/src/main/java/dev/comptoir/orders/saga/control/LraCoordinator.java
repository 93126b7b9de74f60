package dev.comptoir.orders.saga.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WildFly's LRA coordinator, over its REST API: the saga starts its LRA and ends it itself, because which
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
        String start = UriBuilder.fromUri(url)
                .path("start")
                .queryParam("ClientID", clientId)
                .queryParam("TimeLimit", timeLimit.toMillis())
                .build()
                .toString();
        return downstream.send(downstream.request(start, MediaType.TEXT_PLAIN_TYPE), "POST", null);
    }

    /** The participants complete. */
    public Reply close(String lraId) {
        return downstream.send(downstream.request(lraId + "/close", MediaType.TEXT_PLAIN_TYPE), "PUT", null);
    }

    /** The participants compensate. */
    public Reply cancel(String lraId) {
        return downstream.send(downstream.request(lraId + "/cancel", MediaType.TEXT_PLAIN_TYPE), "PUT", null);
    }
}
