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

    /** The method a rule names to apply to a named step inside a service's code, e.g. a saga's compensation. */
    public static final String STEP = "STEP";

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
        apply(MESSAGE, consumer + "/" + eventType, consumer + " on " + eventType);
    }

    /**
     * Applies the first rule with method {@code STEP} whose path pattern matches the step's name (e.g.
     * {@code customers/compensate}), like {@link #onMessage}: a fault inside the step's own code, after the
     * HTTP filter, so the step sees it fail and can count it.
     */
    public void onStep(String step) {
        apply(STEP, step, step);
    }

    private void apply(String method, String path, String what) {
        if (!enabled) {
            return;
        }
        rules.stream()
                .filter(rule -> method.equalsIgnoreCase(rule.method()) && rule.matches(method, path))
                .findFirst()
                .ifPresent(rule -> {
                    FaultInjectionFilter.pause(rule);
                    if (FaultInjectionFilter.fails(rule)) {
                        throw new InjectedFault(what);
                    }
                });
    }

    Optional<FaultRule> find(String method, String path) {
        return rules.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }
}
