package dev.comptoir.ear.bench;

import dev.comptoir.ear.Deployments;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Locale;
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
    /** composition.call-timeout-ms of the aggregator. */
    private static final double CALL_TIMEOUT_MS = 2000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

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
                services.forEach(service -> operator.post("/api/admin/breakers/" + service + "/disable", "")
                        .expect(200));
                run(home, SECONDS, off);
                services.forEach(service -> operator.post("/api/admin/breakers/" + service + "/release", "")
                        .expect(200));
            }
            faults.delay("inventory", ".*", 10_000);
            Latencies down = new Latencies("Inventory hanging, breakers on");
            run(home, DOWN_SECONDS, down);
            String inventory =
                    http.get("/api/admin/breakers/inventory").expect(200).toString();
            report(on, off, down, inventory);
        } finally {
            faults.clear("customers", "orders", "inventory");
            services.forEach(service -> operator.delete("/api/admin/breakers/" + service));
        }
    }

    /** Adds the given seconds of open-loop load at RATE to the result. */
    private void run(URI uri, int seconds, Latencies result) throws InterruptedException {
        result.ran(OpenLoop.run(
                RATE, seconds, scheduled -> OpenLoop.get(uri).thenAccept(ok -> result.record(scheduled, ok))));
    }

    private static void report(Latencies on, Latencies off, Latencies down, String inventoryBreaker) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nCircuit breaker benchmark: %d req/s open loop on /api/aggregate/customers/{id}/home;"
                        + " %d rounds of %d s per mode, then %d s with Inventory hanging%n",
                RATE,
                ROUNDS,
                SECONDS,
                DOWN_SECONDS));
        out.append(Latencies.HEADER);
        for (Latencies result : List.of(on, off, down)) {
            out.append(result.row());
        }
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
