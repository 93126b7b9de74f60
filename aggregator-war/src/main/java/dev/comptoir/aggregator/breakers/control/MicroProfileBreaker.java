package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.aggregator.breakers.entity.BreakerSettings;
import dev.comptoir.aggregator.breakers.entity.OperatorAction;
import dev.comptoir.aggregator.breakers.entity.Transition;
import dev.comptoir.aggregator.breakers.entity.Variant;
import dev.comptoir.aggregator.refusal.RefusedRequest;
import dev.comptoir.kit.problem.ProblemException;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * A service's simple or counter breaker: MicroProfile Fault Tolerance's circuit breaker, the one
 * {@code @CircuitBreaker} gives, built with SmallRye Fault Tolerance's {@link Guard} from the same settings as the
 * four other variants (an annotation's thresholds are fixed when the WAR deploys; an operator's PUT must take
 * effect at once). Its window, state and counts are SmallRye's own, reported through the guard's callbacks; it has
 * no forced states, so an operator can only reset it, which builds a new guard.
 */
final class MicroProfileBreaker implements Breaker {

    private final String service;
    private final BreakerSettings settings;
    private final Clock clock;
    private final TransitionLog transitions;
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong notPermitted = new AtomicLong();
    /** Which guard is current: a call still running on a replaced one must not move this breaker's state. */
    private final AtomicInteger generation = new AtomicInteger();

    private volatile Guard guard;
    private volatile CircuitBreakerState last = CircuitBreakerState.CLOSED;
    private volatile Instant openedAt;

    MicroProfileBreaker(String service, BreakerSettings settings, Clock clock, Consumer<Transition> listener) {
        this.service = service;
        this.settings = settings;
        this.clock = clock;
        this.transitions = new TransitionLog(service, clock, listener);
        this.guard = guard();
    }

    private Guard guard() {
        int built = generation.incrementAndGet();
        return Guard.create()
                .withCircuitBreaker()
                .requestVolumeThreshold(settings.windowSize())
                .failureRatio(failureRatio())
                .delay(settings.openMs(), ChronoUnit.MILLIS)
                .successThreshold(settings.halfOpenCalls())
                .skipOn(RefusedRequest.class)
                .onStateChange(state -> {
                    if (generation.get() == built) {
                        changed(state);
                    }
                })
                .onSuccess(succeeded::incrementAndGet)
                .onFailure(failed::incrementAndGet)
                .onPrevented(notPermitted::incrementAndGet)
                .done()
                .build();
    }

    /** The counter opens on a window of calls that all failed: windowSize consecutive failures. */
    private double failureRatio() {
        return settings.variant() == Variant.COUNTER ? 1.0 : settings.failureRate() / 100.0;
    }

    private void changed(CircuitBreakerState state) {
        CircuitBreakerState before = last;
        last = state;
        openedAt = state == CircuitBreakerState.OPEN ? clock.instant() : null;
        transitions.add(before.name(), state.name(), cause(before, state));
    }

    private String cause(CircuitBreakerState before, CircuitBreakerState state) {
        return switch (state) {
            case OPEN ->
                before == CircuitBreakerState.HALF_OPEN
                        ? "a trial call failed"
                        : "failure ratio of the last " + settings.windowSize() + " calls reached " + failureRatio();
            case HALF_OPEN -> settings.openMs() + " ms open passed";
            case CLOSED ->
                before == CircuitBreakerState.HALF_OPEN ? settings.halfOpenCalls() + " trial calls succeeded" : "reset";
        };
    }

    @Override
    public <T> CompletionStage<T> call(Supplier<T> call, Executor executor) {
        Instant opened = openedAt;
        if (opened != null && clock.instant().isBefore(opened.plusMillis(settings.openMs()))) {
            // Open and its delay not over: the guard would refuse it too; refuse without queueing.
            notPermitted.incrementAndGet();
            return CompletableFuture.failedFuture(new BreakerOpen(service, state()));
        }
        Guard current = guard;
        return CompletableFuture.supplyAsync(() -> guarded(current, call), executor);
    }

    @SuppressWarnings("unchecked")
    private <T> T guarded(Guard current, Supplier<T> call) {
        try {
            return (T) current.get(call::get, Object.class);
        } catch (CircuitBreakerOpenException refused) {
            throw new BreakerOpen(service, state());
        }
    }

    @Override
    public BreakerSettings settings() {
        return settings;
    }

    @Override
    public String state() {
        return last.name();
    }

    @Override
    public Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("successfulCalls", succeeded.get());
        counts.put("failedCalls", failed.get());
        counts.put("notPermittedCalls", notPermitted.get());
        return counts;
    }

    @Override
    public Map<String, Object> thresholds() {
        return settings.thresholds();
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
        guard = guard();
        if (last != CircuitBreakerState.CLOSED) {
            changed(CircuitBreakerState.CLOSED);
        }
    }
}
