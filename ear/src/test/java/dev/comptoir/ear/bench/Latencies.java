package dev.comptoir.ear.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies of one path, in microseconds from each request's scheduled start, over one or more runs. */
final class Latencies {

    static final String HEADER = String.format(
                    Locale.ROOT,
                    "| %-46s | %8s | %8s | %8s | %8s | %7s | %6s |%n",
                    "path",
                    "p50 ms",
                    "p99 ms",
                    "p99.9 ms",
                    "max ms",
                    "req/s",
                    "errors")
            + "|---|---:|---:|---:|---:|---:|---:|\n";

    private final String name;
    private final Histogram latencies = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
    private final AtomicInteger errors = new AtomicInteger();
    private long elapsedNanos;

    Latencies(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void record(long scheduledNanos, boolean ok) {
        latencies.recordValue(Math.max(0, (System.nanoTime() - scheduledNanos) / 1_000));
        if (!ok) {
            errors.incrementAndGet();
        }
    }

    void ran(long nanos) {
        elapsedNanos += nanos;
    }

    /** Adds another run's latencies, errors and time to these (a round's to the whole benchmark's). */
    void add(Latencies other) {
        latencies.add(other.latencies);
        errors.addAndGet(other.errors.get());
        elapsedNanos += other.elapsedNanos;
    }

    long count() {
        return latencies.getTotalCount();
    }

    double p50() {
        return latencies.getValueAtPercentile(50) / 1000.0;
    }

    double p99() {
        return latencies.getValueAtPercentile(99) / 1000.0;
    }

    /** Successful answers per second. */
    double okPerSecond() {
        return (latencies.getTotalCount() - errors.get()) / (elapsedNanos / 1e9);
    }

    String row() {
        return String.format(
                Locale.ROOT,
                "| %-46s | %8.2f | %8.2f | %8.2f | %8.2f | %7.1f | %6d |%n",
                name,
                p50(),
                p99(),
                latencies.getValueAtPercentile(99.9) / 1000.0,
                latencies.getMaxValue() / 1000.0,
                latencies.getTotalCount() / (elapsedNanos / 1e9),
                errors.get());
    }

    /** One line of a benchmark's targets: the figure, the limit, and whether it is met. */
    static String check(String target, double actual, double limit, boolean atLeast) {
        boolean met = atLeast ? actual >= limit : actual <= limit;
        return String.format(
                Locale.ROOT,
                "  %-46s %9.2f %s %9.2f  %s%n",
                target,
                actual,
                atLeast ? ">=" : "<=",
                limit,
                met ? "MET" : "MISSED");
    }
}
