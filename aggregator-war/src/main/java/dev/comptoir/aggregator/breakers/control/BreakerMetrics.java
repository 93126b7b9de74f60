package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.aggregator.discovery.control.ServiceRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The breakers in WildFly's Micrometer registry (Prometheus format at the management port's /prometheus):
 * {@code comptoir_breaker_state{breaker,state}} is 1 for the state each breaker is in, and
 * {@code comptoir_breaker_transitions_total{breaker,from,to}} counts transitions.
 *
 * <p>Through the registry's own {@code gauge} and {@code counter} methods, not the meters' builders: the
 * registry WildFly gives a deployment hands only those to the registry it exports. That registry outlives
 * the deployment: the meters go when it does, or a redeployment would find the old gauges (reading beans
 * that are gone) in place of its own.
 */
@ApplicationScoped
public class BreakerMetrics {

    private static final String STATE = "comptoir.breaker.state";
    private static final String TRANSITIONS = "comptoir.breaker.transitions";
    private static final List<String> STATES =
            List.of("CLOSED", "OPEN", "HALF_OPEN", "FORCED_OPEN", "FORCED_CLOSED", "DISABLED");

    @Inject
    MeterRegistry registry;

    @Inject
    Breakers breakers;

    void register(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        for (String service : ServiceRegistry.SERVICES) {
            for (String state : STATES) {
                registry.gauge(
                        STATE,
                        Tags.of("breaker", service, "state", state),
                        breakers,
                        all -> all.breaker(service).state().equals(state) ? 1 : 0);
            }
        }
        breakers.onTransition(transition -> registry.counter(
                        TRANSITIONS, "breaker", transition.breaker(), "from", transition.from(), "to", transition.to())
                .increment());
    }

    void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object undeployed) {
        for (String name : List.of(STATE, TRANSITIONS)) {
            registry.find(name).meters().forEach(registry::remove);
        }
    }
}
