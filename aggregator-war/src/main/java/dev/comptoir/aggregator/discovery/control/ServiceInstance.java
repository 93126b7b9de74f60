package dev.comptoir.aggregator.discovery.control;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One instance of a service: where it answers, what its last readiness check said, and the calls it has
 * in flight and has been given. {@code UNKNOWN} (not checked yet) counts as ready, so a fresh aggregator
 * does not refuse traffic before its first check.
 */
public final class ServiceInstance {

    public enum Health {
        UNKNOWN,
        UP,
        DOWN
    }

    private final String service;
    private final URI url;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicLong picks = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile Health health = Health.UNKNOWN;
    private volatile Instant lastCheck;
    private volatile String lastProblem;
    /** When a ready check last followed a failed one, or none: the instance's calls since then may be its first. */
    private volatile long readySinceNanos;

    private final LongSupplier nanoTime;

    public ServiceInstance(String service, URI url) {
        this(service, url, System::nanoTime);
    }

    /** @param nanoTime the clock of {@link #readyWithin} (a test's own) */
    ServiceInstance(String service, URI url, LongSupplier nanoTime) {
        this.service = service;
        this.url = url;
        this.nanoTime = nanoTime;
        this.readySinceNanos = nanoTime.getAsLong();
    }

    public boolean usable() {
        return health != Health.DOWN;
    }

    void checked(Health result, String problem, Instant at) {
        if (result == Health.UP && health != Health.UP) {
            readySinceNanos = nanoTime.getAsLong();
        }
        health = result;
        lastProblem = problem;
        lastCheck = at;
    }

    /** Ready again (or for the first time) less than {@code window} ago: its server may still be warming up. */
    public boolean readyWithin(Duration window) {
        return health != Health.DOWN && nanoTime.getAsLong() - readySinceNanos < window.toNanos();
    }

    /** A call starts on this instance. */
    public void begin() {
        picks.incrementAndGet();
        outstanding.incrementAndGet();
    }

    /** The call ends; {@code failed} when the instance could not answer it (down, 5xx, absent). */
    public void end(boolean failed) {
        outstanding.decrementAndGet();
        if (failed) {
            failures.incrementAndGet();
        }
    }

    public String service() {
        return service;
    }

    public URI url() {
        return url;
    }

    public Health health() {
        return health;
    }

    public Instant lastCheck() {
        return lastCheck;
    }

    public String lastProblem() {
        return lastProblem;
    }

    public int outstanding() {
        return outstanding.get();
    }

    public long picks() {
        return picks.get();
    }

    public long failures() {
        return failures.get();
    }
}
