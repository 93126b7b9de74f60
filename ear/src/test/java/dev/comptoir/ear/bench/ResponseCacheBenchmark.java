package dev.comptoir.ear.bench;

import static org.awaitility.Awaitility.await;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The response cache's gain, on against off, side by side in one run (docs/patterns/02-api-gateway.md): the same
 * customer overview composed by the EAR's gateway ({@code /api/...}, cache off as shipped) and by a copy of the
 * aggregator with the cache on ({@code /cached/api/...}, as ResponseCacheIT deploys it). Latency: an open loop at a
 * fixed rate, each tick one request to each; throughput: clients in a closed loop on one path, then on the other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseCacheBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 60);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int SATURATION_SECONDS = Integer.getInteger("bench.saturation-seconds", 10);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Deployment(name = "ear", order = 1, testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @Deployment(name = "cached", order = 2, testable = false)
    static WebArchive cachingAggregator() {
        return Deployments.cachingAggregator();
    }

    @ArquillianResource
    @OperateOnDeployment("ear")
    URL base;

    @Test
    void overviewWithTheCacheOffAndOn() throws Exception {
        String server = "http://" + base.getHost() + ":" + base.getPort();
        JsonHttp http = Tokens.admin(new JsonHttp(server + "/"));
        String customer = BenchCustomer.withOneOrder(http);
        URI off = URI.create(server + "/api/customers/" + customer + "/overview");
        URI on = URI.create(server + "/cached/api/customers/" + customer + "/overview");
        // An answer composed within the settle time of an event about the customer is sent but not kept.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "HIT"
                        .equals(http.get("/cached/api/customers/" + customer + "/overview")
                                .header("X-Cache")));

        openLoop(off, on, WARMUP_SECONDS, new Latencies("warm-up"), new Latencies("warm-up"));
        Latencies offLatencies = new Latencies("overview, cache off (/api)");
        Latencies onLatencies = new Latencies("overview, cache on (/cached/api)");
        openLoop(off, on, SECONDS, offLatencies, onLatencies);
        double offRate = closedLoop(off);
        double onRate = closedLoop(on);

        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nResponse cache benchmark: open loop %d req/s on each path for %d s (after %d s of warm-up);"
                        + " then %d clients in a closed loop for %d s on each%n",
                RATE,
                SECONDS,
                WARMUP_SECONDS,
                CLIENTS,
                SATURATION_SECONDS));
        out.append(Latencies.HEADER).append(offLatencies.row()).append(onLatencies.row());
        out.append(String.format(
                Locale.ROOT,
                "%nSaturation (answers 200 per second): cache off %.1f, cache on %.1f, on/off %.2fx%n"
                        + "Latency on/off: p50 %.2fx, p99 %.2fx%n",
                offRate,
                onRate,
                onRate / offRate,
                onLatencies.p50() / offLatencies.p50(),
                onLatencies.p99() / offLatencies.p99()));
        System.out.println(out);
    }

    /** Each tick, side by side: one request to each path. */
    private static void openLoop(URI off, URI on, int seconds, Latencies offLatencies, Latencies onLatencies)
            throws InterruptedException {
        long elapsed = OpenLoop.run(
                RATE,
                seconds,
                scheduled -> CompletableFuture.allOf(
                        OpenLoop.get(off).thenAccept(ok -> offLatencies.record(scheduled, ok)),
                        OpenLoop.get(on).thenAccept(ok -> onLatencies.record(scheduled, ok))));
        offLatencies.ran(elapsed);
        onLatencies.ran(elapsed);
    }

    /** Answers 200 per second with {@link #CLIENTS} clients each sending its next request on the last's answer. */
    private static double closedLoop(URI uri) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + Tokens.suite())
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        AtomicLong ok = new AtomicLong();
        long until = System.nanoTime() + Duration.ofSeconds(SATURATION_SECONDS).toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try {
                        if (CLIENT.send(request, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200) {
                            ok.incrementAndGet();
                        }
                    } catch (IOException e) {
                        // counted as not answered
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        return ok.get() / (double) SATURATION_SECONDS;
    }
}
