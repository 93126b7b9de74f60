package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.aggregator.breakers.entity.BreakerSettings;
import dev.comptoir.aggregator.breakers.entity.OperatorAction;
import dev.comptoir.aggregator.breakers.entity.Transition;
import dev.comptoir.aggregator.refusal.RefusedRequest;
import dev.comptoir.kit.problem.ProblemException;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * A service's simple or counter breaker: a MicroProfile Fault Tolerance {@code @CircuitBreaker} (see
 * {@link SimpleGuards}, {@link CounterGuards}). SmallRye's CircuitBreakerMaintenance gives its state and
 * resets it; it has no forced states, so an operator can only reset these two variants.
 */
final class MicroProfileBreaker implements Breaker {

    private final String service;
    private final BreakerSettings settings;
    private final Guards guards;
    private final String maintenanceName;
    private final CircuitBreakerMaintenance maintenance;
    private final int requestVolumeThreshold;
    private final double failureRatio;
    private final long delayMillis;
    private final int successThreshold;
    private final Clock clock;
    private final TransitionLog transitions;
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong notPermitted = new AtomicLong();
    /** The outcomes of the last requestVolumeThreshold calls, for the failure rate shown (MicroProfile keeps its own). */
    private final Deque<Boolean> window = new ArrayDeque<>();

    private volatile CircuitBreakerState last = CircuitBreakerState.CLOSED;
    private volatile Instant openedAt;

    MicroProfileBreaker(
            String service,
            BreakerSettings settings,
            Guards guards,
            CircuitBreakerMaintenance maintenance,
            Config config,
            Clock clock,
            Consumer<Transition> listener) {
        this.service = service;
        this.settings = settings;
        this.guards = guards;
        this.maintenanceName = Guards.name(service, settings.variant().label());
        this.maintenance = maintenance;
        Class<?> guardClass = guards instanceof SimpleGuards ? SimpleGuards.class : CounterGuards.class;
        CircuitBreaker annotation = guardClass.getAnnotation(CircuitBreaker.class);
        // MicroProfile Fault Tolerance's own override keys, read to show them and to know when the open time ends.
        String key = guardClass.getName() + "/CircuitBreaker/";
        this.requestVolumeThreshold = config.getOptionalValue(key + "requestVolumeThreshold", Integer.class)
                .orElse(annotation.requestVolumeThreshold());
        this.failureRatio =
                config.getOptionalValue(key + "failureRatio", Double.class).orElse(annotation.failureRatio());
        this.delayMillis = config.getOptionalValue(key + "delay", Long.class).orElse(annotation.delay());
        this.successThreshold =
                config.getOptionalValue(key + "successThreshold", Integer.class).orElse(annotation.successThreshold());
        this.clock = clock;
        this.transitions = new TransitionLog(service, clock, listener);
        maintenance.reset(maintenanceName);
    }

    String maintenanceName() {
        return maintenanceName;
    }

    /** SmallRye's state-change callback (registered once per name, for the life of the deployment). */
    void changed(CircuitBreakerState state) {
        CircuitBreakerState before = last;
        last = state;
        openedAt = state == CircuitBreakerState.OPEN ? clock.instant() : null;
        synchronized (window) {
            window.clear(); // MicroProfile starts a new window on every transition
        }
        transitions.add(before.name(), state.name(), cause(before, state));
    }

    private String cause(CircuitBreakerState before, CircuitBreakerState state) {
        return switch (state) {
            case OPEN ->
                before == CircuitBreakerState.HALF_OPEN
                        ? "a trial call failed"
                        : "failure ratio of the last " + requestVolumeThreshold + " calls reached " + failureRatio;
            case HALF_OPEN -> delayMillis + " ms open passed";
            case CLOSED ->
                before == CircuitBreakerState.HALF_OPEN ? successThreshold + " trial calls succeeded" : "reset";
        };
    }

    @Override
    public <T> CompletionStage<T> call(Supplier<T> call, Executor executor) {
        Instant opened = openedAt;
        if (opened != null && clock.instant().isBefore(opened.plusMillis(delayMillis))) {
            // Open and its delay not over: MicroProfile would refuse it too; refuse without queueing.
            notPermitted.incrementAndGet();
            return CompletableFuture.failedFuture(new BreakerOpen(service, state()));
        }
        return CompletableFuture.supplyAsync(() -> guarded(call), executor);
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            T value = switch (service) {
                case "customers" -> guards.customers(call);
                case "orders" -> guards.orders(call);
                default -> guards.inventory(call);
            };
            succeeded.incrementAndGet();
            outcome(false);
            return value;
        } catch (CircuitBreakerOpenException refused) {
            notPermitted.incrementAndGet();
            throw new BreakerOpen(service, state());
        } catch (RefusedRequest refused) {
            succeeded.incrementAndGet();
            outcome(false);
            throw refused;
        } catch (RuntimeException failure) {
            failed.incrementAndGet();
            outcome(true);
            throw failure;
        }
    }

    private void outcome(boolean failed) {
        synchronized (window) {
            window.addLast(failed);
            if (window.size() > requestVolumeThreshold) {
                window.removeFirst();
            }
        }
    }

    @Override
    public BreakerSettings settings() {
        return settings;
    }

    @Override
    public String state() {
        return maintenance.currentState(maintenanceName).name();
    }

    @Override
    public Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("successfulCalls", succeeded.get());
        counts.put("failedCalls", failed.get());
        counts.put("notPermittedCalls", notPermitted.get());
        synchronized (window) {
            // As resilience4j shows it: -1 until the window is full.
            long failures = window.stream().filter(Boolean::booleanValue).count();
            counts.put("failureRate", window.size() < requestVolumeThreshold ? -1f : 100f * failures / window.size());
        }
        return counts;
    }

    @Override
    public Map<String, Object> thresholds() {
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("requestVolumeThreshold", requestVolumeThreshold);
        thresholds.put("failureRatio", failureRatio);
        thresholds.put("delayMs", delayMillis);
        thresholds.put("successThreshold", successThreshold);
        return thresholds;
    }

    @Override
    public List<Transition> transitions() {
        return transitions.recent();
    }

    /** MicroProfile Fault Tolerance has no way to open a breaker from outside. */
    @Override
    public void adopt(String state, String cause) {}

    @Override
    public void operate(OperatorAction action, String operator) {
        if (action != OperatorAction.RESET) {
            throw ProblemException.conflict(
                    "breaker-not-overridable",
                    "This breaker cannot be forced",
                    "Breaker " + service + " is a MicroProfile Fault Tolerance breaker ("
                            + settings.variant().label()
                            + "), which has no forced states: reset it, or switch it to a resilience4j variant"
                            + " (timed, gauge, adaptive, manual) first");
        }
        maintenance.reset(maintenanceName);
        if (last != CircuitBreakerState.CLOSED) {
            changed(CircuitBreakerState.CLOSED);
        }
    }
}
