package dev.comptoir.ear.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/** An open-loop load: ticks at a fixed rate whether or not the earlier ones have been answered. */
final class OpenLoop {

    private OpenLoop() {}

    /**
     * Calls {@code tick} with each tick's scheduled start (from which latency counts: no coordinated
     * omission) {@code rate} times a second for {@code seconds}, then waits for every future it returned.
     *
     * @return the nanoseconds it took
     */
    static long run(int rate, int seconds, LongFunction<CompletableFuture<?>> tick) throws InterruptedException {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long total = (long) rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(
                () -> {
                    int n = sent.getAndIncrement();
                    if (n < total) {
                        inFlight.add(tick.apply(start + n * periodNanos));
                    }
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        return System.nanoTime() - start;
    }
}
