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

    Optional<FaultRule> find(String method, String path) {
        return rules.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }
}
