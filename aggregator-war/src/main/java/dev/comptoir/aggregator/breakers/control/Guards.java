package dev.comptoir.aggregator.breakers.control;

import java.util.function.Supplier;

/**
 * One MicroProfile Fault Tolerance breaker per service: MicroProfile keys a breaker by method, so each
 * service has its own method. The implementations carry the variant's {@code @CircuitBreaker} on the class.
 */
public interface Guards {

    <T> T customers(Supplier<T> call);

    <T> T orders(Supplier<T> call);

    <T> T inventory(Supplier<T> call);

    /** The breaker's name in SmallRye's CircuitBreakerMaintenance. */
    static String name(String service, String variant) {
        return service + "-" + variant;
    }
}
