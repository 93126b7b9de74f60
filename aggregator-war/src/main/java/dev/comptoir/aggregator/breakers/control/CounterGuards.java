package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.aggregator.refusal.RefusedRequest;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * The error counter: opens after 3 consecutive failures (a window of 3 calls that all failed), lets
 * one trial call through after 2 s open and closes when it succeeds. Change it with MicroProfile Fault Tolerance's own keys, e.g.
 * {@code dev.comptoir.aggregator.breakers.control.CounterGuards/CircuitBreaker/delay=3000}.
 */
@ApplicationScoped
@CircuitBreaker(
        requestVolumeThreshold = 3,
        failureRatio = 1.0,
        delay = 2000,
        successThreshold = 1,
        skipOn = RefusedRequest.class)
public class CounterGuards implements Guards {

    static final String VARIANT = "counter";

    @Override
    @CircuitBreakerName("customers-" + VARIANT)
    public <T> T customers(Supplier<T> call) {
        return call.get();
    }

    @Override
    @CircuitBreakerName("orders-" + VARIANT)
    public <T> T orders(Supplier<T> call) {
        return call.get();
    }

    @Override
    @CircuitBreakerName("inventory-" + VARIANT)
    public <T> T inventory(Supplier<T> call) {
        return call.get();
    }
}
