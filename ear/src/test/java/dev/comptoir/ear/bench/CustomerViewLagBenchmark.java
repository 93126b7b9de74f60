package dev.comptoir.ear.bench;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.HdrHistogram.Histogram;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The aggregator's customer view's own lag (docs/patterns/06-cqrs.md): the time from a change's answer at
 * Customers (a new name) or at Orders (a line added) to the first read of {@code /api/views/customers/{id}} that
 * shows it, the view read again every 2 ms after each answer; and, for the same kind of change, Orders' own
 * views with {@code minPosition}, measured as the event store benchmark does. One change at a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerViewLagBenchmark {

    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup-samples", 30);
    private static final long POLL_MILLIS = 2;

    private final JsonHttp http = Tokens.admin(new JsonHttp("http://127.0.0.1:8080/"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void customerViewLagAfterAChangeAtCustomersAndAtOrders() throws Exception {
        String email = "bench-" + UUID.randomUUID() + "@comptoir.test";
        String customer = http.post(
                        "/customers/", "{\"name\":\"Lag 0\",\"email\":\"" + email + "\",\"creditLimit\":1000}")
                .expect(201)
                .getString("id");
        String order = http.post(
                        "/orders/",
                        "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"MUG-BLUE\",\"quantity\":1}]}")
                .expect(201)
                .getString("id");
        String view = "/api/views/customers/" + customer;
        awaitView(view, answer -> answer.status() == 200 && units(answer.object(), order) == 1);

        Histogram renamed = histogram();
        Histogram lineAdded = histogram();
        Histogram ordersOwn = histogram();
        long reads = 0;
        int units = 1;
        for (int i = 1; i <= WARMUP + SAMPLES; i++) {
            boolean measured = i > WARMUP;
            String name = "Lag " + i;
            http.put(
                            "/customers/" + customer,
                            "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"creditLimit\":1000}")
                    .expect(200);
            long changed = System.nanoTime();
            reads += awaitView(
                    view,
                    answer -> answer.status() == 200
                            && name.equals(answer.object().getString("name")));
            record(measured, renamed, changed);

            addLine(order);
            changed = System.nanoTime();
            int expected = ++units;
            reads += awaitView(view, answer -> answer.status() == 200 && units(answer.object(), order) == expected);
            record(measured, lineAdded, changed);

            String position = addLine(order).header("Event-Position");
            units++;
            changed = System.nanoTime();
            String read = "/orders/?customerId=" + customer + "&minPosition=" + position;
            while (http.get(read).status() == 503) {
                requireWithinAMinute(changed);
            }
            record(measured, ordersOwn, changed);
        }
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nCustomer view lag benchmark (%s): %d changes of each kind, one at a time, after %d of warm-up;"
                        + " the view read every %d ms after each change (%.1f reads a change on average)%n",
                System.getProperty("comptoir.db", "the build's database"),
                SAMPLES,
                WARMUP,
                POLL_MILLIS,
                reads / (2.0 * (WARMUP + SAMPLES))));
        report.append(String.format(
                Locale.ROOT,
                "| %-62s | %8s | %8s | %8s |%n|---|---:|---:|---:|%n",
                "lag",
                "p50 ms",
                "p99 ms",
                "max ms"));
        report.append(row("customer view, after a customer's change at Customers", renamed));
        report.append(row("customer view, after a line added at Orders", lineAdded));
        report.append(row("Orders' own views (minPosition), after a line added", ordersOwn));
        System.out.println(report);
    }

    private JsonResponse addLine(String order) {
        JsonResponse added = http.post("/orders/" + order + "/lines", "{\"sku\":\"MUG-BLUE\",\"quantity\":1}");
        added.expect(200);
        return added;
    }

    /** Reads the view until the condition holds; the reads it took. */
    private long awaitView(String view, Predicate<JsonResponse> shown) throws InterruptedException {
        long start = System.nanoTime();
        long reads = 1;
        while (!shown.test(http.get(view))) {
            requireWithinAMinute(start);
            Thread.sleep(POLL_MILLIS);
            reads++;
        }
        return reads;
    }

    private static void requireWithinAMinute(long start) {
        if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(1)) {
            throw new AssertionError("A view lags more than a minute behind");
        }
    }

    /** The units of this order in the view's answer, 0 while it does not list it. */
    private static int units(JsonObject view, String order) {
        return view.getJsonArray("orders").stream()
                .map(JsonValue::asJsonObject)
                .filter(line -> line.getString("orderId").equals(order))
                .mapToInt(line -> line.getInt("itemCount"))
                .findFirst()
                .orElse(0);
    }

    private static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    }

    private static void record(boolean measured, Histogram lag, long changed) {
        if (measured) {
            lag.recordValue((System.nanoTime() - changed) / 1_000);
        }
    }

    private static String row(String name, Histogram lag) {
        return String.format(
                Locale.ROOT,
                "| %-62s | %8.2f | %8.2f | %8.2f |%n",
                name,
                lag.getValueAtPercentile(50) / 1000.0,
                lag.getValueAtPercentile(99) / 1000.0,
                lag.getMaxValue() / 1000.0);
    }
}
