package dev.comptoir.ear.bench;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.OtlpReceiver;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway benchmark (docs/patterns/02-api-gateway.md): what the gateway adds to one call of one service. The route
 * {@code GET /api/customers/{id}} (one call of Customers' {@code GET /customers/{id}}, with the gateway's token check,
 * object-level authorization, breaker, load balancing, access log, metrics and traces) against that call made directly,
 * with the same bearer token; and the same route with rate limiting on (a limit no client reaches, so nothing is
 * refused). Tracing as the server is started: off, as by default, unless {@code -Dotel.sdk.disabled=false} (then spans
 * are exported to an OTLP/HTTP receiver on loopback, which counts them).
 *
 * <ol>
 *   <li>Latency at a fixed rate, open loop (from each request's scheduled start), the three paths in alternating
 *       rounds so that they see the same server. The added latency (p50 and p99) is the median over the rounds of
 *       each round's gateway - direct difference, so that one noisy round cannot decide it.
 *   <li>Saturation: closed loop, {@code bench.clients} clients each sending its next request on the last answer,
 *       for a fixed time per path, the answers per second.
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 100);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);
    /** The longest warm-up; it ends sooner once the server's JIT compiler has settled. */
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 240);
    /** Settled: the JIT compiled for less than this share of one core over a warm-up round of both paths. */
    private static final double SETTLED_COMPILATION = 0.01;

    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int SATURATION_SECONDS = Integer.getInteger("bench.saturation-seconds", 10);
    private static final String GENEROUS_LIMITS = "{\"enabled\":true,\"limit\":1000000,\"periodSeconds\":1}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void gatewayAgainstTheDirectCall() throws Exception {
        String server = "http://" + base.getHost() + ":" + base.getPort();
        String token = Tokens.sign(Tokens.claims("bench-admin", "admin").build());
        JsonHttp http = new JsonHttp(server + "/").bearer(token);
        String customer = http.post(
                        "/customers/",
                        "{\"name\":\"Bench\",\"email\":\"bench-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":100}")
                .expect(201)
                .getString("id");
        URI direct = URI.create(ServiceUrls.of("customers") + customer);
        URI gateway = URI.create(server + "/api/customers/" + customer);
        try (OtlpReceiver collector = new OtlpReceiver(false)) {
            Latencies directLatency = new Latencies("direct GET /customers/{id}");
            Latencies gatewayLatency = new Latencies("gateway GET /api/customers/{id}");
            Latencies limitedLatency = new Latencies("gateway, rate limiting on");
            Warmup warmup = warmUp(direct, gateway, token);
            List<Round> rounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Latencies directRound = new Latencies("direct");
                Latencies gatewayRound = new Latencies("gateway");
                Latencies limitedRound = new Latencies("limited");
                // Which of the two goes first alternates, so that a drift of the server within a round
                // favours neither.
                if (round % 2 == 0) {
                    run(direct, token, SECONDS, directRound);
                    run(gateway, token, SECONDS, gatewayRound);
                } else {
                    run(gateway, token, SECONDS, gatewayRound);
                    run(direct, token, SECONDS, directRound);
                }
                limitsOn(http, gateway);
                run(gateway, token, SECONDS, limitedRound);
                Tokens.operator(http).delete("/api/admin/rate-limits").expect(200);
                rounds.add(new Round(directRound, gatewayRound, limitedRound));
                directLatency.add(directRound);
                gatewayLatency.add(gatewayRound);
                limitedLatency.add(limitedRound);
            }
            double directRate = saturate(direct, token);
            double gatewayRate = saturate(gateway, token);
            limitsOn(http, gateway);
            double limitedRate = saturate(gateway, token);
            report(
                    warmup,
                    rounds,
                    directLatency,
                    gatewayLatency,
                    limitedLatency,
                    directRate,
                    gatewayRate,
                    limitedRate,
                    collector);
        } finally {
            Tokens.operator(http).delete("/api/admin/rate-limits");
        }
    }

    /**
     * Both paths in turn at the benchmark's rate until the server's JIT compiler has settled, at most WARMUP_SECONDS:
     * what it compiles while the rounds run takes one of the two cores from the requests, the longer gateway path's
     * more. Compilation time is the server's platform MBean, through the management API.
     */
    private static Warmup warmUp(URI direct, URI gateway, String token) throws InterruptedException {
        ManagementApi management = new ManagementApi();
        long start = System.nanoTime();
        long compiled = compilationMillis(management);
        double share;
        do {
            long before = System.nanoTime();
            run(direct, token, SECONDS, new Latencies("warm-up"));
            run(gateway, token, SECONDS, new Latencies("warm-up"));
            long now = compilationMillis(management);
            share = (now - compiled) / ((System.nanoTime() - before) / 1e6);
            compiled = now;
        } while (share >= SETTLED_COMPILATION && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(WARMUP_SECONDS));
        return new Warmup((System.nanoTime() - start) / 1_000_000_000L, share);
    }

    private static long compilationMillis(ManagementApi management) {
        return management
                .read("core-service/platform-mbean/type/compilation")
                .getJsonNumber("total-compilation-time")
                .longValue();
    }

    /** How long the warm-up ran and the JIT's share of one core over its last round. */
    private record Warmup(long seconds, double compilation) {}

    /**
     * Rate limits on, and seen on an answer of the route (its RateLimit-Policy field). With an operator's token of
     * the moment: the token endpoint's live 5 minutes, less than the benchmark.
     */
    private static void limitsOn(JsonHttp http, URI gateway) {
        Tokens.operator(http).put("/api/admin/rate-limits", GENEROUS_LIMITS).expect(200);
        String policy = http.get(gateway.getPath()).header("RateLimit-Policy");
        if (!"\"route\";q=1000000;w=1".equals(policy)) {
            throw new AssertionError("rate limiting is not on: RateLimit-Policy " + policy);
        }
    }

    private static void run(URI uri, String token, int seconds, Latencies result) throws InterruptedException {
        result.ran(OpenLoop.run(
                RATE, seconds, scheduled -> OpenLoop.get(uri, token).thenAccept(ok -> result.record(scheduled, ok))));
    }

    /** Answers 200 per second with CLIENTS clients in a closed loop (failures are said, not counted). */
    private static double saturate(URI uri, String token) {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SATURATION_SECONDS);
        long start = System.nanoTime();
        List<CompletableFuture<Void>> clients = java.util.stream.IntStream.range(0, CLIENTS)
                .mapToObj(client -> loop(uri, token, end, ok, failed))
                .toList();
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new))
                .orTimeout(SATURATION_SECONDS + 30L, TimeUnit.SECONDS)
                .join();
        if (failed.get() > 0) {
            System.out.printf("%d of the saturation's requests to %s failed%n", failed.get(), uri);
        }
        return ok.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static CompletableFuture<Void> loop(URI uri, String token, long end, AtomicLong ok, AtomicLong failed) {
        if (System.nanoTime() >= end) {
            return CompletableFuture.completedFuture(null);
        }
        return OpenLoop.get(uri, token).thenCompose(answered -> {
            (answered ? ok : failed).incrementAndGet();
            return loop(uri, token, end, ok, failed);
        });
    }

    /** One round's figures of the three paths, in ms. */
    private record Round(double directP50, double directP99, double gatewayP50, double gatewayP99, double limitedP99) {

        Round(Latencies direct, Latencies gateway, Latencies limited) {
            this(direct.p50(), direct.p99(), gateway.p50(), gateway.p99(), limited.p99());
        }

        double addedP50() {
            return gatewayP50 - directP50;
        }

        double addedP99() {
            return gatewayP99 - directP99;
        }
    }

    /** The median of the rounds' figures: one noisy round cannot decide it. */
    private static double median(List<Round> rounds, ToDoubleFunction<Round> figure) {
        double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void report(
            Warmup warmup,
            List<Round> rounds,
            Latencies direct,
            Latencies gateway,
            Latencies limited,
            double directRate,
            double gatewayRate,
            double limitedRate,
            OtlpReceiver collector) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nGateway benchmark: %d req/s open loop, %d rounds of %d s per path after %d s of warm-up (the JIT"
                        + " compiling %.1f%% of a core in its last round); saturation with %d clients, %d s per path%n",
                RATE,
                ROUNDS,
                SECONDS,
                warmup.seconds(),
                100 * warmup.compilation(),
                CLIENTS,
                SATURATION_SECONDS));
        out.append(Latencies.HEADER);
        for (Latencies result : List.of(direct, gateway, limited)) {
            out.append(result.row());
        }
        out.append(String.format(
                Locale.ROOT,
                "%n| saturation (%d clients) | req/s | x direct | x gateway |%n|---|---:|---:|---:|%n",
                CLIENTS));
        out.append(String.format(Locale.ROOT, "| direct | %.0f | 1.00 | |%n", directRate));
        out.append(String.format(
                Locale.ROOT, "| gateway | %.0f | %.2f | 1.00 |%n", gatewayRate, gatewayRate / directRate));
        out.append(String.format(
                Locale.ROOT,
                "| gateway, rate limiting on | %.0f | %.2f | %.2f |%n",
                limitedRate,
                limitedRate / directRate,
                limitedRate / gatewayRate));
        out.append(String.format(
                Locale.ROOT,
                "%n| round | direct p50 | gateway p50 | added p50 | direct p99 | gateway p99 | added p99 | rate-limited p99 |"
                        + "%n|---:|---:|---:|---:|---:|---:|---:|---:|%n"));
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            out.append(String.format(
                    Locale.ROOT,
                    "| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    i + 1,
                    round.directP50(),
                    round.gatewayP50(),
                    round.addedP50(),
                    round.directP99(),
                    round.gatewayP99(),
                    round.addedP99(),
                    round.limitedP99()));
        }
        double addedP50 = median(rounds, Round::addedP50);
        double addedP99 = median(rounds, Round::addedP99);
        out.append(String.format(
                Locale.ROOT,
                "| median | | | %.2f | | | %.2f | |%n"
                        + "(over all rounds pooled, for comparison: added p50 %.2f ms, added p99 %.2f ms)%n",
                addedP50,
                addedP99,
                gateway.p50() - direct.p50(),
                gateway.p99() - direct.p99()));
        out.append(String.format(Locale.ROOT, "%nTargets (added latency: the median of the rounds' differences):%n"));
        out.append(Latencies.check("added p50 <= 1 ms", addedP50, 1, false));
        out.append(Latencies.check("added p99 <= 2 ms", addedP99, 2, false));
        out.append(Latencies.check("gateway saturation >= 0.40 x direct", gatewayRate / directRate, 0.40, true));
        out.append(Latencies.check("rate limiting on >= 0.75 x gateway", limitedRate / gatewayRate, 0.75, true));
        out.append(String.format(
                Locale.ROOT,
                "%nTracing %s (otel.sdk.disabled=%s); spans received by the OTLP receiver: %d%n",
                Boolean.getBoolean("otel.sdk.disabled") ? "off" : "on",
                System.getProperty("otel.sdk.disabled"),
                collector.received()));
        System.out.println(out);
    }
}
