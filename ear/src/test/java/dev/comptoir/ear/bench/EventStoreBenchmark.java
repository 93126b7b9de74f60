package dev.comptoir.ear.bench;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event-sourcing and CQRS benchmark, over HTTP against the real server: events appended per second by
 * 1 writer and by 8 concurrent writers (each on its own order: a LineAdded per request, appended and
 * published in one transaction); the read side's lag at half that maximum rate; a full rebuild of the
 * views against the append rate; and the time to load a 10,000-event order from its snapshot and by
 * replaying every event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventStoreBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int LONG_STREAM = Integer.getInteger("bench.stream-events", 10_000);

    private final JsonHttp http = new JsonHttp("http://127.0.0.1:8080/");
    private final OrderAppends appends = new OrderAppends(http);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void appendRatesReadSideLagViewRebuildAndLoadWithAndWithoutSnapshots() throws Exception {
        StringBuilder report = new StringBuilder("\nEvent store benchmark (Orders, over HTTP, "
                + System.getProperty("comptoir.db", "the build's database") + ")\n");
        appends.appendFor(8, 5); // warm-up
        appends.awaitSubscribersIdle();
        double one = appends.appendFor(1, SECONDS);
        appends.awaitSubscribersIdle();
        double eight = appends.appendFor(8, SECONDS);
        report.append(String.format(Locale.ROOT, "%-48s %8.0f events/s%n", "append, 1 writer", one));
        report.append(String.format(
                Locale.ROOT,
                "%-48s %8.0f events/s  (%.1fx, target >= 4x)%n",
                "append, 8 concurrent writers",
                eight,
                eight / one));

        double catchUp = secondsUntilTheViewsCatchUp();
        report.append(
                String.format(Locale.ROOT, "%-48s %8.1f s%n", "views caught up after the 8 writers stopped", catchUp));
        appends.awaitSubscribersIdle();
        int rate = (int) Math.max(1, Math.round(eight / 2));
        Histogram lag = appends.readSideLagAt(rate, SECONDS);
        report.append(String.format(
                Locale.ROOT,
                "%-48s p50 %6.1f ms  p99 %6.1f ms  (%d commands, target p99 <= 100 ms)%n",
                "read-side lag at 50% of max (" + rate + " appends/s)",
                lag.getValueAtPercentile(50) / 1000.0,
                lag.getValueAtPercentile(99) / 1000.0,
                lag.getTotalCount()));

        String order = appends.newOrder();
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

        JsonObject rebuild = rebuildTheViews();
        double rebuildRate = rebuild.getJsonNumber("eventsPerSecond").doubleValue();
        report.append(String.format(
                Locale.ROOT,
                "%-48s %8.0f events/s  (%d events, %.1fx the 8-writer append rate, target >= 10x)%n",
                "full rebuild of the views",
                rebuildRate,
                rebuild.getJsonNumber("applied").longValue(),
                rebuildRate / eight));
        System.out.println(report);
    }

    /** Seconds until the views have applied every stored event (lag 0). */
    private double secondsUntilTheViewsCatchUp() throws InterruptedException {
        long start = System.nanoTime();
        while (http.get("/orders/admin/projections/order-views").expect(200).getInt("lag") > 0) {
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(5)) {
                throw new AssertionError("The views did not catch up within 5 minutes");
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Starts a rebuild at full speed and waits for its swap; the rebuild as the status reports it. */
    private JsonObject rebuildTheViews() throws InterruptedException {
        http.post("/orders/admin/projections/order-views/rebuild", "").expect(202);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonObject rebuild = http.get("/orders/admin/projections/order-views")
                    .expect(200)
                    .getJsonObject("rebuild");
            if (!rebuild.isNull("finishedAt")) {
                return rebuild;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The rebuild did not finish within 10 minutes");
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
