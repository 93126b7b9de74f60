package dev.comptoir.ear.bench;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The composition benchmark (docs/patterns/01-composition-aggregator.md): with 10/20/40 ms injected into
 * Customers/Orders/Inventory, an open-loop load at a fixed rate on the aggregator's three-way fan-out
 * ({@code /api/aggregate/customers/{id}/home}) and, in the same run, on an ideal fan-out (this program calling the
 * three services itself, in parallel, and taking the slowest). Latency counts from each request's scheduled start (no
 * coordinated omission). Arquillian only starts, deploys and stops the server; the figures are printed, the targets
 * checked in the last table.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompositionBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 10);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 40);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void compositeAgainstIdealFanOut() throws Exception {
        String server = "http://" + base.getHost() + ":" + base.getPort();
        JsonHttp http = Tokens.admin(new JsonHttp(server + "/"));
        String customer = BenchCustomer.withOneOrder(http);
        Faults faults = new Faults(server + "/");
        faults.delay("customers", ".*", 10);
        faults.delay("orders", ".*", 20);
        faults.delay("inventory", ".*", 40);
        try {
            URI composite = URI.create(server + "/api/aggregate/customers/" + customer + "/home");
            List<URI> services = List.of(
                    URI.create(ServiceUrls.of("customers") + customer),
                    URI.create(ServiceUrls.of("orders") + "?customerId=" + customer),
                    URI.create(ServiceUrls.of("inventory") + "products?size=10"));

            run(
                    composite,
                    services,
                    WARMUP_SECONDS,
                    new Latencies("warm-up"),
                    new Latencies[3],
                    new Latencies("warm-up"));
            Latencies compositeResult = new Latencies("composite /api/aggregate/customers/{id}/home");
            Latencies ideal = new Latencies("ideal fan-out (slowest of A, B, C)");
            Latencies[] each = {
                new Latencies("A Customers alone (10 ms)"),
                new Latencies("B Orders alone (20 ms)"),
                new Latencies("C Inventory alone (40 ms)")
            };
            run(composite, services, SECONDS, compositeResult, each, ideal);
            report(compositeResult, ideal, each);
        } finally {
            faults.clear("customers", "orders", "inventory");
        }
    }

    /** Each tick, side by side: one composite request, and the three service calls of the ideal fan-out. */
    private void run(
            URI composite,
            List<URI> services,
            int seconds,
            Latencies compositeResult,
            Latencies[] each,
            Latencies ideal)
            throws InterruptedException {
        long elapsed = OpenLoop.run(RATE, seconds, scheduled -> {
            CompletableFuture<Void> compositeCall =
                    OpenLoop.get(composite).thenAccept(ok -> compositeResult.record(scheduled, ok));
            List<CompletableFuture<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < services.size(); i++) {
                Latencies single = each[i];
                calls.add(OpenLoop.get(services.get(i)).whenComplete((ok, e) -> {
                    if (single != null) {
                        single.record(scheduled, ok);
                    }
                }));
            }
            CompletableFuture<Void> idealCall = CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                    .thenRun(() -> ideal.record(scheduled, calls.stream().allMatch(CompletableFuture::join)));
            return CompletableFuture.allOf(compositeCall, idealCall);
        });
        compositeResult.ran(elapsed);
        ideal.ran(elapsed);
        for (Latencies single : each) {
            if (single != null) {
                single.ran(elapsed);
            }
        }
    }

    private static void report(Latencies composite, Latencies ideal, Latencies[] each) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nComposition benchmark: %d req/s open loop for %d s, injected delays A/B/C = 10/20/40 ms%n",
                RATE,
                SECONDS));
        out.append(Latencies.HEADER);
        for (Latencies result : List.of(composite, ideal, each[0], each[1], each[2])) {
            out.append(result.row());
        }
        double sumOfP50 = each[0].p50() + each[1].p50() + each[2].p50();
        out.append(String.format(Locale.ROOT, "%nTargets:%n"));
        out.append(check("composite p50 <= 1.05 x ideal p50 + 1 ms", composite.p50(), 1.05 * ideal.p50() + 1));
        out.append(check("composite p99 <= 1.10 x ideal p99 + 2 ms", composite.p99(), 1.10 * ideal.p99() + 2));
        out.append(check("composite p50 <= 0.6 x sum of the services' p50", composite.p50(), 0.6 * sumOfP50));
        System.out.println(out);
    }

    private static String check(String target, double actual, double limit) {
        return String.format(
                Locale.ROOT, "  %-50s %8.2f <= %8.2f  %s%n", target, actual, limit, actual <= limit ? "MET" : "MISSED");
    }
}
