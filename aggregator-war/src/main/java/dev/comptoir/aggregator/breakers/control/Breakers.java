package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.aggregator.breakers.entity.AuditEntry;
import dev.comptoir.aggregator.breakers.entity.BreakerSettings;
import dev.comptoir.aggregator.breakers.entity.OperatorAction;
import dev.comptoir.aggregator.breakers.entity.Transition;
import dev.comptoir.aggregator.discovery.control.ServiceRegistry;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The aggregator's breakers, one per service, made from MicroProfile Config at start and replaced when an
 * operator changes one. Every operator action is logged to the audit category and kept in a recent list.
 */
@ApplicationScoped
public class Breakers {

    private static final Logger AUDIT = Logger.getLogger("dev.comptoir.audit.breakers");
    private static final int AUDIT_KEPT = 200;

    /** Read with this module's class loader, as ServiceClients does (the EAR's would miss the WAR's file). */
    private final Config config = ConfigProvider.getConfig(Breakers.class.getClassLoader());

    /** The six variants' one clock: the system's, since MicroProfile Fault Tolerance's breaker can take no other. */
    private final Clock clock = Clock.systemUTC();

    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();
    private final List<Consumer<Transition>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<AuditEntry> audit = new ArrayDeque<>();

    @PostConstruct
    void build() {
        for (String service : ServiceRegistry.SERVICES) {
            breakers.put(service, create(service, configured(service)));
        }
    }

    private BreakerSettings configured(String service) {
        BreakerSettings.Parsed parsed = BreakerSettings.parse(name -> {
            String setting = BreakerSettings.configName(name);
            return config.getOptionalValue("comptoir.gateway.breakers." + service + "." + setting, String.class)
                    .or(() -> config.getOptionalValue("comptoir.gateway.breakers." + setting, String.class));
        });
        if (parsed.settings() == null) {
            throw new IllegalStateException(
                    "Invalid comptoir.gateway.breakers." + service + ".* settings: " + parsed.violations());
        }
        return parsed.settings();
    }

    private Breaker create(String service, BreakerSettings settings) {
        Consumer<Transition> announce = transition -> listeners.forEach(listener -> listener.accept(transition));
        return switch (settings.variant()) {
            case SIMPLE, COUNTER -> new MicroProfileBreaker(service, settings, clock, announce);
            default -> new Resilience4jBreaker(service, settings, clock, announce);
        };
    }

    /** Runs a call to the service on the executor, through its breaker. */
    public <T> CompletionStage<T> call(String service, Supplier<T> call, Executor executor) {
        return breaker(service).call(call, executor);
    }

    public Breaker breaker(String service) {
        Breaker breaker = breakers.get(service);
        if (breaker == null) {
            throw ProblemException.notFound("breaker", service);
        }
        return breaker;
    }

    /** Replaces the service's breaker with a new one of these settings, closed and with empty counts. */
    public Breaker reconfigure(String service, BreakerSettings settings, String operator) {
        Breaker before = breaker(service);
        Breaker after = create(service, settings);
        breakers.put(service, after);
        record(operator, service, "configure " + settings.variant().label(), before.state(), after.state());
        return after;
    }

    /** Back to the breaker MicroProfile Config describes, closed and with empty counts. */
    public Breaker restore(String service, String operator) {
        return reconfigure(service, configured(service), operator);
    }

    public Breaker operate(String service, OperatorAction action, String operator) {
        Breaker breaker = breaker(service);
        String before = breaker.state();
        breaker.operate(action, operator);
        record(operator, service, action.label(), before, breaker.state());
        return breaker;
    }

    public void onTransition(Consumer<Transition> listener) {
        listeners.add(listener);
    }

    public List<AuditEntry> audit() {
        synchronized (audit) {
            return List.copyOf(audit);
        }
    }

    private void record(String operator, String breaker, String action, String from, String to) {
        AuditEntry entry = new AuditEntry(clock.instant(), operator, breaker, action, from, to);
        AUDIT.infof("%s: %s %s (%s -> %s)", operator, action, breaker, from, to);
        synchronized (audit) {
            audit.addFirst(entry);
            if (audit.size() > AUDIT_KEPT) {
                audit.removeLast();
            }
        }
    }
}
