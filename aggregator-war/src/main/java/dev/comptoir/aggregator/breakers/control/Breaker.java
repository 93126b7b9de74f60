package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.aggregator.breakers.entity.BreakerSettings;
import dev.comptoir.aggregator.breakers.entity.OperatorAction;
import dev.comptoir.aggregator.breakers.entity.Transition;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** One service's circuit breaker, whatever its variant. */
public interface Breaker {

    /**
     * Runs the call on the executor if the breaker lets it through. A refused call fails at once with
     * {@link BreakerOpen}, without waiting for a thread of the executor (busy, maybe, with calls to the very
     * service that is failing).
     */
    <T> CompletionStage<T> call(Supplier<T> call, Executor executor);

    BreakerSettings settings();

    String state();

    /** Calls and outcomes: what the breaker's window holds, and counts since it was made. */
    Map<String, Object> counts();

    /** The thresholds in force now (the adaptive breaker's move). */
    Map<String, Object> thresholds();

    List<Transition> transitions();

    /**
     * Takes the state another aggregator's breaker for the same service went to (OPEN or FORCED_OPEN), if
     * this variant can be set from outside and is not forced by an operator here.
     */
    void adopt(String state, String cause);

    /** @throws dev.comptoir.kit.problem.ProblemException 409 when this variant or state does not allow it */
    void operate(OperatorAction action, String operator);
}
