package dev.comptoir.aggregator.breakers.control;

/** A call the breaker did not let through: the service was not asked. */
public class BreakerOpen extends RuntimeException {

    public BreakerOpen(String breaker, String state) {
        super("circuit breaker " + breaker + " is " + state, null, false, false);
    }
}
