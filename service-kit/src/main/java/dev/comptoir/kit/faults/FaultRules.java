package dev.comptoir.kit.faults;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The fault rules of this WAR, first match wins; always empty unless fault injection is enabled. */
@ApplicationScoped
public class FaultRules {

    @Inject
    @ConfigProperty(name = "comptoir.fault-injection.enabled", defaultValue = "false")
    boolean enabled;

    /** The method a rule names to apply to message consumers instead of HTTP requests. */
    public static final String MESSAGE = "JMS";

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

    public boolean enabled() {
        return enabled;
    }

    public List<FaultRule> all() {
        return List.copyOf(rules);
    }

    public void replace(List<FaultRule> newRules) {
        rules.clear();
        rules.addAll(newRules);
    }

    /**
     * Applies the first rule with method {@code JMS} whose path pattern matches {@code <consumer>/<event type>}
     * (e.g. {@code customers-credit-saga/OrderRejected}) to a message consumer: its delay, and at its failure
     * rate an {@link InjectedFault}, which rolls the consumer's transaction back like any fault. Rules for HTTP
     * methods (or none) never apply to messages, so a rule that takes a service's API down leaves its
     * consumers alone.
     */
    public void onMessage(String consumer, String eventType) {
        if (!enabled) {
            return;
        }
        String path = consumer + "/" + eventType;
        rules.stream()
                .filter(rule -> MESSAGE.equalsIgnoreCase(rule.method()) && rule.matches(MESSAGE, path))
                .findFirst()
                .ifPresent(rule -> {
                    FaultInjectionFilter.pause(rule);
                    if (FaultInjectionFilter.fails(rule)) {
                        throw new InjectedFault(consumer, eventType);
                    }
                });
    }

    Optional<FaultRule> find(String method, String path) {
        return rules.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }
}
