package dev.comptoir.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Fires n calls at once (released together by a latch) and counts their outcomes, within a bounded time. */
public final class Concurrently {

    private Concurrently() {}

    public static <T> Map<T, Long> run(int calls, IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> outcomes = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            Map<T, Long> counts = new TreeMap<>();
            for (Future<T> outcome : outcomes) {
                counts.merge(outcome.get(60, TimeUnit.SECONDS), 1L, Long::sum);
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }
}
