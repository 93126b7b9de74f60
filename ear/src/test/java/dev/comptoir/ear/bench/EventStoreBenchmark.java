package dev.comptoir.ear.bench;

import dev.comptoir.ear.Deployments;
import dev.comptoir.testing.JsonHttp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The write-side part of the event-sourcing benchmark, over HTTP against the real server: events appended
 * per second by 1 writer and by 8 concurrent writers (each on its own order: a LineAdded per request,
 * appended and published in one transaction), and the time to load a 10,000-event order from its
 * snapshot and by replaying every event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventStoreBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int LONG_STREAM = Integer.getInteger("bench.stream-events", 10_000);

    private final JsonHttp http = new JsonHttp("http://127.0.0.1:8080/");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void appendRatesAndRebuildWithAndWithoutSnapshots() throws Exception {
        StringBuilder report = new StringBuilder("\nEvent store benchmark (Orders, over HTTP, "
                + System.getProperty("comptoir.db", "the build's database") + ")\n");
        appendFor(8, 5); // warm-up
        double one = appendFor(1, SECONDS);
        double eight = appendFor(8, SECONDS);
        report.append(String.format(Locale.ROOT, "%-48s %8.0f events/s%n", "append, 1 writer", one));
        report.append(String.format(
                Locale.ROOT,
                "%-48s %8.0f events/s  (%.1fx, target >= 4x)%n",
                "append, 8 concurrent writers",
                eight,
                eight / one));

        String order = newOrder();
        for (int i = 1; i < LONG_STREAM; i++) {
            http.post("/orders/" + order + "/lines", "{\"sku\":\"SKU-" + i + "\",\"quantity\":1}")
                    .expect(200);
        }
        double fromSnapshot = medianMillis(() -> http.get("/orders/" + order).expect(200));
        double fullReplay = medianMillis(
                () -> http.get("/orders/" + order + "?version=" + LONG_STREAM).expect(200));
        report.append(String.format(
                Locale.ROOT,
                "%-48s %8.1f ms%n",
                "load a " + LONG_STREAM + "-event order, from its snapshot",
                fromSnapshot));
        report.append(String.format(
                Locale.ROOT,
                "%-48s %8.1f ms  (%.1fx the snapshot path)%n",
                "load it replaying every event",
                fullReplay,
                fullReplay / fromSnapshot));
        System.out.println(report);
    }

    /** Writers each adding lines to their own order as fast as answers come; events appended per second. */
    private double appendFor(int writers, int seconds) throws Exception {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            orders.add(newOrder());
        }
        AtomicLong appended = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (String order : orders) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    http.post("/orders/" + order + "/lines", "{\"sku\":\"BENCH\",\"quantity\":1}")
                            .expect(200);
                    appended.incrementAndGet();
                }
            }));
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        pool.shutdown();
        return appended.get() / ((System.nanoTime() - start) / 1e9);
    }

    private String newOrder() {
        return http.post(
                        "/orders/",
                        "{\"customerId\":\"" + UUID.randomUUID() + "\",\"lines\":[{\"sku\":\"BENCH\",\"quantity\":1}]}")
                .expect(201)
                .getString("id");
    }

    private static double medianMillis(Runnable call) {
        call.run(); // warm-up
        double[] millis = new double[7];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }
}
