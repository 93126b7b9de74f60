package dev.comptoir.ear.bench;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.Tokens;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The circuit breaker benchmark (docs/patterns/10-circuit-breakers.md), on the aggregator's three-way fan-out
 * ({@code /api/aggregate/customers/{id}/home}: Customers required, Orders and Inventory optional), open loop
 * at a fixed rate, latency from each request's scheduled start.
 *
 * <ol>
 *   <li>Cost: the configured breakers (error gauges) against the same breakers disabled by an operator
 *       (resilience4j's DISABLED state: calls pass, nothing recorded), in alternating rounds so that both
 *       see the same server.
 *   <li>One service down: Inventory made to hang (10 s per request, past the aggregator's 2 s call timeout
 *       and 3 s read timeout), breakers on; against the healthy rounds of step 1.
 *   <li>The same hang with the breakers disabled: the cascade the breakers prevent. Each hang phase also counts
 *       the requests in flight at once, those answered after 1 s or more, those the load generator gave up on
 *       (its 10 s timeout), and the most threads of the aggregator's downstream executor busy at once.
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BreakerBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 20);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 30);
    private static final int DOWN_SECONDS = Integer.getInteger("bench.down-seconds", 45);
    /** comptoir.gateway.composition.call-timeout-ms of the aggregator. */
    private static final double CALL_TIMEOUT_MS = 2000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private final ManagementApi management = new ManagementApi();

    @Test
    void breakerCostAndOneServiceDown() throws Exception {
        String server = "http://" + base.getHost() + ":" + base.getPort();
        JsonHttp http = Tokens.admin(new JsonHttp(server + "/"));
        JsonHttp operator = Tokens.operator(http);
        String customer = BenchCustomer.withOneOrder(http);
        URI home = URI.create(server + "/api/aggregate/customers/" + customer + "/home");
        List<String> services = List.of("customers", "orders", "inventory");
        Faults faults = new Faults(server + "/");
        try {
            run(home, WARMUP_SECONDS, new Latencies("warm-up"));
            Latencies on = new Latencies("breakers on (error gauges)");
            Latencies off = new Latencies("breakers disabled");
            for (int round = 0; round < ROUNDS; round++) {
                run(home, SECONDS, on);
                act(operator, services, "disable");
                run(home, SECONDS, off);
                act(operator, services, "release");
            }
            faults.delay("inventory", ".*", 10_000);
            Hang down = new Hang("Inventory hanging, breakers on");
            run(home, DOWN_SECONDS, down);
            String inventory =
                    http.get("/api/admin/breakers/inventory").expect(200).toString();
            act(operator, services, "disable");
            Hang downOff = new Hang("Inventory hanging, breakers disabled");
            run(home, DOWN_SECONDS, downOff);
            faults.clear("inventory");
            // Inventory's hung requests (10 s each, server side) end before the next benchmark or the undeploy.
            Thread.sleep(TimeUnit.SECONDS.toMillis(10));
            report(on, off, down, downOff, inventory);
        } finally {
            faults.clear("customers", "orders", "inventory");
            services.forEach(service -> operator.delete("/api/admin/breakers/" + service));
        }
    }

    /** An operator's action on each service's breaker. */
    private static void act(JsonHttp operator, List<String> services, String action) {
        services.forEach(service -> operator.post("/api/admin/breakers/" + service + "/" + action, "")
                .expect(200));
    }

    /** Adds the given seconds of open-loop load at RATE to the result. */
    private void run(URI uri, int seconds, Latencies result) throws InterruptedException {
        result.ran(OpenLoop.run(
                RATE, seconds, scheduled -> OpenLoop.get(uri).thenAccept(ok -> result.record(scheduled, ok))));
    }

    /**
     * Adds the given seconds of open-loop load at RATE to the hang's result, counting what is in flight and, every
     * 250 ms, the busy threads of the aggregator's downstream executor (its bulkhead for calls to the services).
     */
    private void run(URI uri, int seconds, Hang hang) throws InterruptedException {
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> hang.busyDownstream(management
                        .read("subsystem/ee/managed-executor-service/downstream")
                        .getInt("active-thread-count")),
                0,
                250,
                TimeUnit.MILLISECONDS);
        try {
            hang.latencies.ran(OpenLoop.run(RATE, seconds, scheduled -> {
                hang.sent();
                return OpenLoop.get(uri).thenAccept(ok -> hang.answered(scheduled, ok));
            }));
        } finally {
            sampler.shutdownNow();
        }
    }

    /**
     * A hang phase: its latencies, the most requests in flight at once, those answered after 1 s or more and those
     * given up at the load generator's timeout, and the most downstream threads busy at once.
     */
    private static final class Hang {

        final Latencies latencies;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger mostInFlight = new AtomicInteger();
        private final AtomicInteger slow = new AtomicInteger();
        private final AtomicInteger givenUp = new AtomicInteger();
        private final AtomicInteger mostBusyDownstream = new AtomicInteger();

        Hang(String name) {
            latencies = new Latencies(name);
        }

        void sent() {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        }

        void answered(long scheduled, boolean ok) {
            inFlight.decrementAndGet();
            long took = System.nanoTime() - scheduled;
            if (took >= TimeUnit.SECONDS.toNanos(1)) {
                slow.incrementAndGet();
            }
            if (!ok && took >= TimeUnit.SECONDS.toNanos(OpenLoop.TIMEOUT_SECONDS)) {
                givenUp.incrementAndGet();
            }
            latencies.record(scheduled, ok);
        }

        void busyDownstream(int threads) {
            mostBusyDownstream.accumulateAndGet(threads, Math::max);
        }

        static final String HEADER = String.format(
                        Locale.ROOT,
                        "%n| %-46s | %9s | %9s | %15s | %14s | %18s |%n",
                        "hang",
                        "requests",
                        "in flight",
                        "answered >= 1 s",
                        "given up, 10 s",
                        "downstream threads")
                + "|---|---:|---:|---:|---:|---:|\n";

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %-46s | %9d | %9d | %15d | %14d | %18d |%n",
                    latencies.name(),
                    latencies.count(),
                    mostInFlight.get(),
                    slow.get(),
                    givenUp.get(),
                    mostBusyDownstream.get());
        }
    }

    private static void report(Latencies on, Latencies off, Hang hangOn, Hang hangOff, String inventoryBreaker) {
        Latencies down = hangOn.latencies;
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nCircuit breaker benchmark: %d req/s open loop on /api/aggregate/customers/{id}/home;"
                        + " %d rounds of %d s per mode, then %d s with Inventory hanging, breakers on, then off%n",
                RATE,
                ROUNDS,
                SECONDS,
                DOWN_SECONDS));
        out.append(Latencies.HEADER);
        for (Latencies result : List.of(on, off, down, hangOff.latencies)) {
            out.append(result.row());
        }
        out.append(Hang.HEADER).append(hangOn.row()).append(hangOff.row());
        out.append(String.format(Locale.ROOT, "%nTargets:%n"));
        out.append(Latencies.check(
                "breaker throughput >= 0.95 x disabled", on.okPerSecond(), 0.95 * off.okPerSecond(), true));
        out.append(Latencies.check("breaker p99 <= disabled p99 + 0.5 ms", on.p99(), off.p99() + 0.5, false));
        out.append(
                Latencies.check("Inventory down: p99 <= 1.1 x call timeout", down.p99(), 1.1 * CALL_TIMEOUT_MS, false));
        out.append(Latencies.check(
                "Inventory down: throughput >= 0.8 x healthy", down.okPerSecond(), 0.8 * on.okPerSecond(), true));
        out.append("\nInventory's breaker at the end: ")
                .append(inventoryBreaker)
                .append('\n');
        System.out.println(out);
    }
}
