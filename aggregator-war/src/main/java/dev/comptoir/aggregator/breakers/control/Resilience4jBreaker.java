package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.aggregator.breakers.entity.BreakerSettings;
import dev.comptoir.aggregator.breakers.entity.OperatorAction;
import dev.comptoir.aggregator.breakers.entity.Transition;
import dev.comptoir.aggregator.breakers.entity.Variant;
import dev.comptoir.aggregator.refusal.RefusedRequest;
import dev.comptoir.kit.problem.ProblemException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.IllegalStateTransitionException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A service's timed, gauge, adaptive or manual breaker, on resilience4j's state machine, on the clock it is given
 * (the system's on the server, as MicroProfile's breakers; a unit test's own). Every one of them takes an operator's
 * forced states, which are resilience4j's own: FORCED_OPEN, METRICS_ONLY (shown as FORCED_CLOSED) and DISABLED.
 */
final class Resilience4jBreaker implements Breaker {

    private static final EnumSet<State> FORCED = EnumSet.of(State.FORCED_OPEN, State.METRICS_ONLY, State.DISABLED);
    /** Long enough that no call is slow: the setting is off. */
    private static final Duration NEVER_SLOW = Duration.ofDays(1);

    private final String service;
    private final BreakerSettings settings;
    private final Clock clock;
    private final TransitionLog transitions;
    private final AdaptivePolicy policy;
    private final CircuitBreaker breaker;
    /** Why the next transition happens, when this class causes it (the library's own are described by state). */
    private volatile String cause;

    Resilience4jBreaker(String service, BreakerSettings settings, Clock clock, Consumer<Transition> listener) {
        this.service = service;
        this.settings = settings;
        this.clock = clock;
        this.transitions = new TransitionLog(service, clock, listener);
        this.policy = settings.variant() == Variant.ADAPTIVE ? new AdaptivePolicy(settings, clock.instant()) : null;
        this.breaker = CircuitBreaker.of(service, config(settings, clock));
        breaker.getEventPublisher()
                .onFailureRateExceeded(event ->
                        cause = "failure rate " + event.getFailureRate() + "% >= " + settings.failureRate() + "%")
                .onSlowCallRateExceeded(event -> cause = "slow-call rate " + event.getSlowCallRate() + "% >= "
                        + settings.slowCallRate() + "% (slower than " + settings.slowCallMs() + " ms)")
                .onStateTransition(event -> transitioned(
                        event.getStateTransition().getFromState(),
                        event.getStateTransition().getToState()));
    }

    private static CircuitBreakerConfig config(BreakerSettings settings, Clock clock) {
        CircuitBreakerConfig.Builder config = CircuitBreakerConfig.custom()
                .clock(clock)
                .slidingWindow(
                        settings.windowSize(),
                        settings.minimumCalls(),
                        settings.window().equals("time") ? SlidingWindowType.TIME_BASED : SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(settings.failureRate())
                .slowCallDurationThreshold(
                        settings.slowCallMs() > 0 ? Duration.ofMillis(settings.slowCallMs()) : NEVER_SLOW)
                .slowCallRateThreshold(settings.slowCallRate())
                .waitDurationInOpenState(Duration.ofMillis(settings.openMs()))
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                .ignoreExceptions(RefusedRequest.class);
        if (settings.variant() == Variant.ADAPTIVE) {
            // The policy trips it; the library's own rule only if the last 100 calls all failed.
            config.slidingWindow(100, 100, SlidingWindowType.COUNT_BASED)
                    .failureRateThreshold(100)
                    .slowCallDurationThreshold(NEVER_SLOW);
        }
        return config.build();
    }

    @Override
    public <T> CompletionStage<T> call(Supplier<T> call, Executor executor) {
        if (!breaker.tryAcquirePermission()) {
            return CompletableFuture.failedFuture(new BreakerOpen(service, state()));
        }
        State admittedIn = breaker.getState();
        try {
            return CompletableFuture.supplyAsync(() -> measured(call, admittedIn), executor);
        } catch (RejectedExecutionException full) {
            breaker.releasePermission();
            throw full;
        }
    }

    private <T> T measured(Supplier<T> call, State admittedIn) {
        long started = System.nanoTime();
        try {
            T value = call.get();
            long nanos = System.nanoTime() - started;
            breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
            judge(nanos, false, admittedIn);
            return value;
        } catch (RuntimeException failure) {
            long nanos = System.nanoTime() - started;
            breaker.onError(nanos, TimeUnit.NANOSECONDS, failure);
            if (!(failure instanceof RefusedRequest)) {
                judge(nanos, true, admittedIn);
            }
            throw failure;
        }
    }

    /** The adaptive policy's say on a finished call. */
    private void judge(long nanos, boolean failed, State admittedIn) {
        if (policy == null) {
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        synchronized (policy) {
            String trip = switch (admittedIn) {
                case CLOSED -> policy.closedCall(millis, failed, clock.instant());
                case HALF_OPEN -> policy.trialCall(millis, failed);
                default -> null;
            };
            State now = breaker.getState();
            if (trip != null && (now == State.CLOSED || now == State.HALF_OPEN)) {
                Duration open = policy.trip();
                cause = trip + "; open for " + open.toMillis() + " ms";
                breaker.transitionToOpenStateFor(open);
            }
        }
    }

    private void transitioned(State from, State to) {
        if (from == to) {
            return;
        }
        boolean timed = settings.variant() == Variant.TIMED;
        if (timed && to == State.HALF_OPEN) {
            // resilience4j half-opens when the wait is over; the timed breaker closes at once instead.
            cause = "open for " + settings.openMs() + " ms: reset by itself";
            breaker.transitionToClosedState();
            return;
        }
        String why = cause;
        cause = null;
        if (why == null) {
            why = switch (to) {
                case HALF_OPEN -> "open time passed";
                case CLOSED -> settings.halfOpenCalls() + " trial calls went well";
                case OPEN -> from == State.HALF_OPEN ? "trial calls failed" : "thresholds exceeded";
                default -> "operator";
            };
        }
        if (policy != null && to == State.CLOSED) {
            synchronized (policy) {
                policy.closed(clock.instant());
            }
        }
        // The timed breaker's half-open state lasts no time at all: it is shown going from open to closed.
        transitions.add(timed && from == State.HALF_OPEN ? "OPEN" : shown(from), shown(to), why);
    }

    @Override
    public BreakerSettings settings() {
        return settings;
    }

    @Override
    public String state() {
        return shown(breaker.getState());
    }

    private static String shown(State state) {
        return state == State.METRICS_ONLY ? "FORCED_CLOSED" : state.name();
    }

    @Override
    public Map<String, Object> counts() {
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("bufferedCalls", metrics.getNumberOfBufferedCalls());
        counts.put("successfulCalls", metrics.getNumberOfSuccessfulCalls());
        counts.put("failedCalls", metrics.getNumberOfFailedCalls());
        counts.put("slowCalls", metrics.getNumberOfSlowCalls());
        counts.put("notPermittedCalls", metrics.getNumberOfNotPermittedCalls());
        // resilience4j reports -1 until the window holds its minimum number of calls.
        counts.put("failureRate", metrics.getFailureRate());
        counts.put("slowCallRate", metrics.getSlowCallRate());
        return counts;
    }

    @Override
    public Map<String, Object> thresholds() {
        Map<String, Object> thresholds = new LinkedHashMap<>(settings.thresholds());
        if (policy != null) {
            synchronized (policy) {
                thresholds.putAll(policy.thresholds(clock.instant()));
            }
        }
        return thresholds;
    }

    @Override
    public List<Transition> transitions() {
        return transitions.recent();
    }

    @Override
    public void adopt(String state, String cause) {
        State now = breaker.getState();
        if (FORCED.contains(now) || now.name().equals(state)) {
            return;
        }
        this.cause = cause;
        try {
            if (state.equals("FORCED_OPEN")) {
                breaker.transitionToForcedOpenState();
            } else if (state.equals("OPEN") && now != State.OPEN) {
                breaker.transitionToOpenState();
            }
        } finally {
            this.cause = null;
        }
    }

    @Override
    public void operate(OperatorAction action, String operator) {
        State before = breaker.getState();
        if (action == OperatorAction.RELEASE && !FORCED.contains(before)) {
            throw ProblemException.conflict(
                    "breaker-not-forced",
                    "Nothing to release",
                    "Breaker " + service + " is " + shown(before) + ", not forced by an operator");
        }
        cause = "operator " + operator + ": " + action.label();
        try {
            switch (action) {
                case FORCE_OPEN -> breaker.transitionToForcedOpenState();
                case FORCE_CLOSED -> breaker.transitionToMetricsOnlyState();
                case DISABLE -> breaker.transitionToDisabledState();
                case RELEASE -> breaker.transitionToClosedState();
                case RESET -> {
                    breaker.reset();
                    if (policy != null) {
                        synchronized (policy) {
                            policy.resetBackoff(clock.instant());
                        }
                    }
                }
            }
        } catch (IllegalStateTransitionException notFromHere) {
            throw ProblemException.conflict(
                    "breaker-transition-refused",
                    "The breaker cannot go there from its state",
                    "Breaker " + service + " cannot " + action.label() + " from " + shown(before));
        } finally {
            cause = null;
        }
    }
}
