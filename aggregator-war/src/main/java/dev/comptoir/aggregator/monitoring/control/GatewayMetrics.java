package dev.comptoir.aggregator.monitoring.control;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's timers in WildFly's Micrometer registry (Prometheus format at the management port's /prometheus):
 * {@code comptoir_gateway_requests_seconds_{count,sum,max}{method,route,status,outcome}} per route template, and
 * {@code comptoir_gateway_downstream_seconds_{count,sum,max}{service,outcome}} per call to a service instance.
 * An outcome is {@code success}, {@code client_error} / {@code refused} (a 4xx: the caller's doing) or
 * {@code server_error} / {@code failed} (a 5xx, no answer, a timeout): the errors to watch.
 *
 * <p>Timers without percentile histograms: the registry WildFly hands a deployment forwards only the plain
 * {@code timer(name, tags)} to the registry it exports (see BreakerMetrics), so a rate and a mean latency per
 * route come from count and sum, and the worst from max.
 *
 * <p>Each timer is looked up once and kept: WildFly's registry answers {@code timer(name, tags)} by searching all
 * of the server's meters, which a profile showed as a tenth of the gateway's CPU when done on every request.
 */
@ApplicationScoped
public class GatewayMetrics {

    static final String REQUESTS = "comptoir.gateway.requests";
    static final String DOWNSTREAM = "comptoir.gateway.downstream";

    @Inject
    MeterRegistry registry;

    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();

    public void request(String method, String route, int status, long nanos) {
        String outcome = status >= 500 ? "server_error" : status >= 400 ? "client_error" : "success";
        timer(REQUESTS, "method", method, "route", route, "status", Integer.toString(status), "outcome", outcome)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    public void downstream(String service, String outcome, long nanos) {
        timer(DOWNSTREAM, "service", service, "outcome", outcome).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(String name, String... tags) {
        List<String> key = new ArrayList<>(tags.length + 1);
        key.add(name);
        key.addAll(Arrays.asList(tags));
        return timers.computeIfAbsent(key, unused -> registry.timer(name, tags));
    }

    /** The registry outlives the deployment: its meters go with it (as BreakerMetrics' do). */
    void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object undeployed) {
        timers.clear();
        for (String name : List.of(REQUESTS, DOWNSTREAM)) {
            registry.find(name).meters().forEach(registry::remove);
        }
    }
}
