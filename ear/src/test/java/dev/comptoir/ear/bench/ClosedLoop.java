package dev.comptoir.ear.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A closed loop: a warm-up, then a fixed number of calls shared by a fixed number of clients, each client sending
 * its next call when its last one is answered. Bounded: each call within two minutes.
 */
final class ClosedLoop {

    static final String HEADER =
            String.format(Locale.ROOT, "%-52s %8s %8s %8s %10s%n", "path", "p50 ms", "p99 ms", "max ms", "per s");

    private ClosedLoop() {}

    /** What one client does once; {@code i} counts the calls of the row. */
    interface Call {
        void run(int i) throws Exception;
    }

    /** One row of a table: the path's name, latency percentiles in ms and calls per second. */
    record Row(String name, double p50, double p99, double max, double perSecond) {

        String line() {
            return String.format(Locale.ROOT, "%-52s %8.2f %8.2f %8.2f %10.1f%n", name, p50, p99, max, perSecond);
        }
    }

    static Row run(String name, int warmup, int calls, int clients, Call call) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call.run(i);
        }
        Histogram latency = new ConcurrentHistogram(3);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            int n = i;
            running.add(pool.submit(() -> {
                long sent = System.nanoTime();
                call.run(n);
                latency.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent));
                return null;
            }));
        }
        try {
            for (Future<?> done : running) {
                done.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Row(
                name,
                latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0,
                latency.getMaxValue() / 1000.0,
                calls / seconds);
    }
}
