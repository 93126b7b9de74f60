package dev.comptoir.aggregator.downstream;

/**
 * How one part of a composite answer went: which service it came from, {@code ok}, {@code failed},
 * {@code timed_out}, {@code circuit_open} (the service's breaker did not let the call through) or
 * {@code from_cache} (the last good copy stood in for a failed call) or {@code missing} (the service has no
 * such thing: an order's customer that Customers does not know), after how long, and why it is not {@code ok}.
 */
public record SourceReport(String source, String status, long latencyMs, String reason) {

    static final String OK = "ok";
    static final String FAILED = "failed";
    static final String TIMED_OUT = "timed_out";
    static final String FROM_CACHE = "from_cache";
    static final String CIRCUIT_OPEN = "circuit_open";
    static final String MISSING = "missing";

    public boolean ok() {
        return OK.equals(status);
    }
}
