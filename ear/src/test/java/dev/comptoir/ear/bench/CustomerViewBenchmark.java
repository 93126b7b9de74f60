package dev.comptoir.ear.bench;

import static org.awaitility.Awaitility.await;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Overviews;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CQRS read model against API composition for one customer with many orders (1,000 by default, placed
 * through Orders' HTTP API; a quarter approved, a quarter cancelled), over HTTP on loopback: latency p50/p99
 * of sequential requests to each path, interleaved, and the bytes each answer moves: its own body plus,
 * for the composition, the bodies it read from the services (the aggregator's Downstream-Bytes header).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerViewBenchmark {

    private static final int ORDERS = Integer.getInteger("bench.orders", 1_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 300);
    private static final int WARMUP = Integer.getInteger("bench.warmup-requests", 100);

    private final JsonHttp http = Tokens.admin(new JsonHttp("http://127.0.0.1:8080/"));
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void viewAgainstCompositionForACustomerWithManyOrders() throws Exception {
        String customer = http.post(
                        "/customers/",
                        "{\"name\":\"Bench\",\"email\":\"bench-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":1000}")
                .expect(201)
                .getString("id");
        // Real products: an approved order's lines are picked, and an unknown SKU would be a poison message.
        String a = product();
        String b = product();
        placeOrders(customer, a, b);
        String composed = "/api/customers/" + customer + "/overview";
        String viewed = "/api/views/customers/" + customer;
        // Both read sides fed asynchronously: measure once each answers the same (and the view holds all).
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Overviews.comparable(http.get(composed).expect(200))
                                .equals(Overviews.comparable(http.get(viewed).expect(200)))
                        && http.get(viewed + "?limit=" + ORDERS)
                                        .expect(200)
                                        .getJsonArray("orders")
                                        .size()
                                == ORDERS);

        List<Path> paths = List.of(
                new Path("API composition " + composed.replace(customer, "{id}"), composed),
                new Path("CQRS view " + viewed.replace(customer, "{id}"), viewed),
                new Path("CQRS view, all " + ORDERS + " orders (?limit=" + ORDERS + ")", viewed + "?limit=" + ORDERS));
        for (int i = 0; i < WARMUP; i++) {
            for (Path path : paths) {
                path.call(false);
            }
        }
        for (int i = 0; i < REQUESTS; i++) {
            for (Path path : paths) {
                path.call(true);
            }
        }
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nCustomer view benchmark (%s): one customer, %d orders; %d sequential requests per path%n",
                System.getProperty("comptoir.db", "the build's database"),
                ORDERS,
                REQUESTS));
        report.append(String.format(
                Locale.ROOT,
                "%-52s %8s %8s %10s %12s %12s%n",
                "path",
                "p50 ms",
                "p99 ms",
                "orders",
                "answer B",
                "moved B"));
        for (Path path : paths) {
            report.append(path.line());
        }
        System.out.println(report);
    }

    /** Eight clients at once; each order of two lines, every fourth approved and the next one cancelled. */
    private String product() {
        String sku = "BENCH-" + UUID.randomUUID();
        http.post(
                        "/inventory/products",
                        "{\"sku\":\"" + sku + "\",\"name\":\"Bench\",\"price\":1.00,\"stock\":1000000}")
                .expect(201);
        return sku;
    }

    private void placeOrders(String customer, String a, String b) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> placed = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            int n = i;
            placed.add(clients.submit(() -> {
                String order = http.post(
                                "/orders/",
                                "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + a + "\",\"quantity\":"
                                        + (1 + n % 3) + "},{\"sku\":\"" + b + "\",\"quantity\":1}]}")
                        .expect(201)
                        .getString("id");
                if (n % 4 == 0) {
                    http.post("/orders/" + order + "/approve", "").expect(200);
                } else if (n % 4 == 1) {
                    http.post("/orders/" + order + "/cancel", "").expect(200);
                }
            }));
        }
        for (Future<?> order : placed) {
            order.get();
        }
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);
    }

    /** One path measured: latency, its answer's body bytes, and the downstream bytes it reports. */
    private final class Path {

        private final String name;
        private final URI uri;
        private final Histogram micros = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        private long answerBytes;
        private long downstreamBytes;
        private int orders;

        Path(String name, String path) {
            this.name = name;
            this.uri = ServiceUrls.route(URI.create("http://127.0.0.1:8080" + path));
        }

        void call(boolean measured) throws Exception {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + Tokens.suite())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 200) {
                throw new AssertionError(uri + " answered " + response.statusCode());
            }
            if (measured) {
                micros.recordValue(elapsed);
                answerBytes = response.body().length;
                downstreamBytes = Long.parseLong(Objects.requireNonNull(
                        response.headers().firstValue("Downstream-Bytes").orElse(null),
                        "the aggregator reports Downstream-Bytes"));
                orders = new String(response.body(), StandardCharsets.UTF_8).split("\"orderId\"", -1).length - 1;
            }
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%-52s %8.2f %8.2f %10d %12d %12d%n",
                    name,
                    micros.getValueAtPercentile(50) / 1000.0,
                    micros.getValueAtPercentile(99) / 1000.0,
                    orders,
                    answerBytes,
                    answerBytes + downstreamBytes);
        }
    }
}
