package dev.comptoir.ear.bench;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Overviews;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared database's gains against database per service, on one server built with {@code -Pshared-database}
 * (docs/patterns/05-database-per-service.md), through the gateway with an admin's token, closed loop with 1 and 8
 * clients: create-order as one local transaction against the orchestrated and the choreographed saga, and the
 * overview as one SQL join against the API composition and the CQRS view. Each create-order path has its own
 * customers and products (the local transaction changes their rows behind Customers' and Inventory's backs, which
 * must not disturb the sagas' rows), one per client; the overviews read customers whose orders all three read sides
 * answer the same before anything is measured. Each row stops at its count or its time limit, whichever comes first.
 * Skipped, before any server starts, when the build is not in that mode.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(
        named = "comptoir.database.mode",
        matches = "shared-database",
        disabledReason = "needs the server in the shared-database mode: ./mvnw verify -Pbenchmark -Pshared-database"
                + " -Dit.test=SharedDatabaseBenchmark (docs/patterns/05-database-per-service.md)")
class SharedDatabaseBenchmark {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup-requests", 40);
    private static final int ROW_SECONDS = Integer.getInteger("bench.row-seconds", 60);
    private static final int SETTLE_SECONDS = Integer.getInteger("bench.settle-seconds", 5);
    private static final int OVERVIEW_ORDERS = Integer.getInteger("bench.overview-orders", 20);
    private static final int CLIENTS = 8;

    private final JsonHttp http = Tokens.admin(new JsonHttp("http://127.0.0.1:8080/"));
    private final Shop shop = new Shop(http);
    private final AtomicInteger failures = new AtomicInteger();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void oneTransactionAndOneJoinAgainstSagasCompositionAndView() throws Exception {
        List<Path> creates = List.of(
                new Path("one local transaction POST /api/shared-database/orders", "/api/shared-database/orders"),
                new Path("orchestrated saga POST /api/v2/orders?saga=orchestrated", "/api/v2/orders?saga=orchestrated"),
                new Path(
                        "choreographed saga POST /api/v2/orders?saga=choreographed",
                        "/api/v2/orders?saga=choreographed"));
        List<String> readers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            readers.add(readerWithOrders());
        }
        List<Read> reads = List.of(
                new Read(
                        "one SQL join /api/shared-database/customers/{id}/overview",
                        "/api/shared-database/customers/%s/overview"),
                new Read("API composition /api/customers/{id}/overview", "/api/customers/%s/overview"),
                new Read("CQRS view /api/views/customers/{id}", "/api/views/customers/%s"));
        // The view is fed asynchronously: measure once all three read sides answer the same for every reader.
        for (String reader : readers) {
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> reads.stream()
                                    .map(read -> Overviews.comparable(
                                            http.get(read.of(reader)).expect(200)))
                                    .distinct()
                                    .count()
                            == 1);
        }

        for (Path path : creates) {
            row("warm-up", CLIENTS, WARMUP, path::place);
        }
        for (Read read : reads) {
            row("warm-up", CLIENTS, WARMUP, client -> fetch(read, readers.get(client)));
        }
        settle();

        StringBuilder creating = new StringBuilder(Latencies.HEADER);
        StringBuilder reading = new StringBuilder(Latencies.HEADER);
        for (int clients : new int[] {1, CLIENTS}) {
            String suffix = clients == 1 ? ", 1 client" : ", " + clients + " clients";
            for (Path path : creates) {
                creating.append(row(path.name + suffix, clients, REQUESTS, path::place));
                settle();
            }
            for (Read read : reads) {
                reading.append(
                        row(read.name() + suffix, clients, REQUESTS, client -> fetch(read, readers.get(client))));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nShared database benchmark (%s, data mode %s): up to %d requests or %d s per row, closed loop,"
                        + " after %d requests of warm-up per path%n%nCreate-order:%n%s%nCustomer overview (%d orders"
                        + " each):%n%s%n",
                System.getProperty("comptoir.db", "the build's database"),
                System.getProperty("comptoir.database.mode"),
                REQUESTS,
                ROW_SECONDS,
                WARMUP,
                creating,
                OVERVIEW_ORDERS,
                reading);
        assertEquals(0, failures.get(), "calls failed (warm-up included); each row printed its first failure above");
    }

    /** Lets the last row's asynchronous tail (events, views, the coordinator's calls) finish before the next row. */
    private static void settle() throws InterruptedException {
        TimeUnit.SECONDS.sleep(SETTLE_SECONDS);
    }

    /**
     * Up to {@code count} calls by {@code clients} threads, each calling again once answered (closed loop) with its
     * own index, for at most {@link #ROW_SECONDS}; a failed call counts as an error, its row prints the first, and the test fails once all is printed.
     */
    private String row(String name, int clients, int count, Call call) throws Exception {
        Latencies latencies = new Latencies(name);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(ROW_SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> loops = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            loops.add(pool.submit(() -> {
                while (next.getAndIncrement() < count && System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    boolean ok = false;
                    try {
                        call.run(client);
                        ok = true;
                    } catch (Exception | AssertionError e) {
                        firstFailure.compareAndSet(null, e);
                        failures.incrementAndGet();
                    }
                    latencies.record(sent, ok);
                }
            }));
        }
        for (Future<?> loop : loops) {
            loop.get(ROW_SECONDS + 60L, TimeUnit.SECONDS);
        }
        latencies.ran(System.nanoTime() - start);
        pool.shutdown();
        if (firstFailure.get() != null) {
            System.out.println(name + ": first failure: " + firstFailure.get());
        }
        return latencies.row();
    }

    private interface Call {
        void run(int client) throws Exception;
    }

    /** A customer with orders all three overviews show in full, of two lines: a quarter approved, a quarter cancelled. */
    private String readerWithOrders() {
        String customer = shop.customer("Bench", "10000");
        String sku = shop.product("Bench", "2.00", 1_000_000);
        String other = shop.product("Bench too", "1.50", 1_000_000);
        for (int n = 0; n < OVERVIEW_ORDERS; n++) {
            String order = shop.order(customer, sku, 1 + n % 3, other, 1);
            String then = List.of("/approve", "/cancel", "", "").get(n % 4);
            if (!then.isEmpty()) {
                http.post("/orders/" + order + then, "").expect(200);
            }
        }
        return customer;
    }

    /** One create-order path, with a customer and a product of its own for each client. */
    private final class Path {

        private final String name;
        private final String route;
        private final List<String> customers = new ArrayList<>();
        private final List<String> skus = new ArrayList<>();

        Path(String name, String route) {
            this.name = name;
            this.route = route;
            for (int c = 0; c < CLIENTS; c++) {
                customers.add(shop.customer("Bench", "1000000"));
                skus.add(shop.product("Bench", "2.00", 1_000_000));
            }
        }

        /** Places one order, approved, for this client's customer and product. */
        void place(int client) {
            String status = http.post(route, Shop.oneLineOrder(customers.get(client), skus.get(client), 1))
                    .expect(201)
                    .getString("status");
            assertEquals("APPROVED", status, route);
        }
    }

    /** One overview path, a format with the customer's id. */
    private record Read(String name, String format) {

        String of(String customer) {
            return String.format(Locale.ROOT, format, customer);
        }
    }

    private void fetch(Read read, String customer) {
        http.get(read.of(customer)).expect(200);
    }
}
