package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.aggregator.refusal.RefusedRequest;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * The simple breaker: opens when half of the last 4 calls failed, lets 2 trial calls through after 2 s
 * open and closes when both succeed. Change it with MicroProfile Fault Tolerance's own keys, e.g.
 * {@code dev.comptoir.aggregator.breakers.control.SimpleGuards/CircuitBreaker/delay=3000}.
 */
@ApplicationScoped
@CircuitBreaker(
        requestVolumeThreshold = 4,
        failureRatio = 0.5,
        delay = 2000,
        successThreshold = 2,
        skipOn = RefusedRequest.class)
public class SimpleGuards implements Guards {

    static final String VARIANT = "simple";

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
