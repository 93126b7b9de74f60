package dev.comptoir.ear.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.ear.Deployments;
import dev.comptoir.testing.JsonHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The create-order saga in both styles over HTTP on loopback, closed loop: a plain placement (no saga) and
 * the plain flow (the saga's steps as plain calls, no saga) for reference, approved sagas and rejected ones
 * (credit refused, so one participant compensates) by one client, orchestrated then choreographed, then
 * approved sagas of each style by 8 clients at once. Each client has its own customer and product, so the
 * figures measure the saga, not the queue on one customer's row.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SagaBenchmark {

    private static final int SAGAS = Integer.getInteger("bench.sagas", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup-sagas", 50);
    private static final int CLIENTS = 8;

    private final JsonHttp http = new JsonHttp("http://127.0.0.1:8080/");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void sagaLatencyAndThroughput() throws Exception {
        Client one = new Client("1000000");
        Client poor = new Client("1");
        List<String> lines = new ArrayList<>();
        lines.add(run("plain placement, 1 client (no saga)", 1, i -> one.place("/orders/", "PLACED")));
        Row plainOne = row("plain flow, 1 client (same steps, no saga)", 1, i -> one.plainFlow());
        Row sagaOne = row("saga approved, 1 client", 1, i -> one.place("/orders/?saga=orchestrated", "APPROVED"));
        lines.add(plainOne.line());
        lines.add(sagaOne.line());
        lines.add(run(
                "saga rejected (credit refused), 1 client",
                1,
                i -> poor.place("/orders/?saga=orchestrated", "REJECTED")));
        Row choreoOne =
                row("choreographed approved, 1 client", 1, i -> one.place("/orders/?saga=choreographed", "APPROVED"));
        lines.add(choreoOne.line());
        lines.add(run(
                "choreographed rejected (credit refused), 1 client",
                1,
                i -> poor.place("/orders/?saga=choreographed", "REJECTED")));
        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(new Client("1000000"));
        }
        Row plainMany = row(
                "plain flow, " + CLIENTS + " clients",
                CLIENTS,
                i -> clients.get(i % CLIENTS).plainFlow());
        Row sagaMany = row(
                "saga approved, " + CLIENTS + " clients",
                CLIENTS,
                i -> clients.get(i % CLIENTS).place("/orders/?saga=orchestrated", "APPROVED"));
        Row choreoMany = row(
                "choreographed approved, " + CLIENTS + " clients",
                CLIENTS,
                i -> clients.get(i % CLIENTS).place("/orders/?saga=choreographed", "APPROVED"));
        lines.add(plainMany.line());
        lines.add(sagaMany.line());
        lines.add(choreoMany.line());
        lines.add(ratio("orchestrated", "1 client", sagaOne, plainOne));
        lines.add(ratio("orchestrated", CLIENTS + " clients", sagaMany, plainMany));
        lines.add(ratio("choreographed", "1 client", choreoOne, plainOne));
        lines.add(ratio("choreographed", CLIENTS + " clients", choreoMany, plainMany));
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nSaga benchmark (%s): %d requests per row after %d of warm-up%n%-52s %8s %8s %8s %10s%n",
                System.getProperty("comptoir.db", "the build's database"),
                SAGAS,
                WARMUP,
                "path",
                "p50 ms",
                "p99 ms",
                "max ms",
                "per s"));
        lines.forEach(report::append);
        System.out.println(report);
    }

    private String run(String name, int clients, Call call) throws Exception {
        return row(name, clients, call).line();
    }

    private static String ratio(String style, String clients, Row saga, Row plain) {
        double ratio = saga.perSecond() / plain.perSecond();
        return String.format(
                Locale.ROOT,
                "%s / plain flow throughput, %s: %.2f (target >= 0.25: %s)%n",
                style,
                clients,
                ratio,
                ratio >= 0.25 ? "met" : "MISSED");
    }

    /** One row of the table: latency percentiles and throughput. */
    private record Row(String line, double perSecond) {}

    private Row row(String name, int clients, Call call) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            call.run(i);
        }
        Histogram latency = new ConcurrentHistogram(3);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < SAGAS; i++) {
            int n = i;
            calls.add(pool.submit(() -> {
                long sent = System.nanoTime();
                call.run(n);
                latency.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent));
                return null;
            }));
        }
        for (Future<?> done : calls) {
            done.get(2, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        String line = String.format(
                Locale.ROOT,
                "%-52s %8.2f %8.2f %8.2f %10.1f%n",
                name,
                latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0,
                latency.getMaxValue() / 1000.0,
                SAGAS / seconds);
        return new Row(line, SAGAS / seconds);
    }

    private interface Call {
        void run(int i) throws Exception;
    }

    /** A customer with this credit limit and a product with stock for every order of the run. */
    private final class Client {

        private final String customer;
        private final String sku;

        Client(String creditLimit) {
            customer = http.post(
                            "/customers/",
                            "{\"name\":\"Bench\",\"email\":\"bench-" + UUID.randomUUID()
                                    + "@comptoir.test\",\"creditLimit\":" + creditLimit + "}")
                    .expect(201)
                    .getString("id");
            sku = "BENCH-" + UUID.randomUUID();
            http.post(
                            "/inventory/products",
                            "{\"sku\":\"" + sku + "\",\"name\":\"Bench\",\"price\":2.00,\"stock\":1000000}")
                    .expect(201);
        }

        /**
         * What the saga does, as plain calls with no saga: place, price, reserve credit and stock, confirm both
         * (what the saga's close has the participants do), approve.
         */
        void plainFlow() {
            String order = http.post(
                            "/orders/",
                            "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku
                                    + "\",\"quantity\":1}]}")
                    .expect(201)
                    .getString("id");
            String price = http.get("/inventory/products/" + sku)
                    .expect(200)
                    .getJsonNumber("price")
                    .toString();
            http.post(
                            "/customers/" + customer + "/credit-reservations",
                            "{\"orderId\":\"" + order + "\",\"amount\":" + price + "}")
                    .expect(201);
            http.post(
                            "/inventory/reservations",
                            "{\"orderId\":\"" + order + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}")
                    .expect(201);
            http.post("/customers/" + customer + "/credit-reservations/" + order + "/confirm", "")
                    .expect(200);
            http.post("/inventory/reservations/" + order + "/confirm", "").expect(200);
            assertEquals(
                    "APPROVED",
                    http.post("/orders/" + order + "/approve", "").expect(200).getString("status"));
        }

        void place(String path, String expectedStatus) {
            String status = http.post(
                            path,
                            "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku
                                    + "\",\"quantity\":1}]}")
                    .expect(201)
                    .getString("status");
            assertEquals(expectedStatus, status);
        }
    }
}
