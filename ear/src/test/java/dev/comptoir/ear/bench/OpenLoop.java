package dev.comptoir.ear.bench;

import dev.comptoir.testing.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/** An open-loop load: ticks at a fixed rate whether or not the earlier ones have been answered. */
final class OpenLoop {

    /** How long a request may take before the load generator gives up on it (an error). */
    static final int TIMEOUT_SECONDS = 10;

    /** HTTP/1.1 with enough threads that answers are read as they come, whatever the rate. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(64))
            .build();

    private OpenLoop() {}

    /**
     * A GET with the suite's token (the gateway and the services take none without one) that completes with
     * whether it was answered 200 (never exceptionally).
     */
    static CompletableFuture<Boolean> get(URI uri) {
        return get(uri, Tokens.suite());
    }

    /** The same with this bearer token. */
    static CompletableFuture<Boolean> get(URI uri, String bearerToken) {
        return send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + bearerToken));
    }

    /** A GET with the suite's token whose answer, body included, completes it; exceptionally on no answer. */
    static CompletableFuture<HttpResponse<String>> answer(URI uri) {
        return CLIENT.sendAsync(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + Tokens.suite())
                        .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<Boolean> send(HttpRequest.Builder builder) {
        HttpRequest request =
                builder.timeout(Duration.ofSeconds(TIMEOUT_SECONDS)).GET().build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == 200)
                .exceptionally(failure -> false);
    }

    /**
     * Calls {@code tick} with each tick's scheduled start (from which latency counts: no coordinated
     * omission) {@code rate} times a second for {@code seconds}, then waits for every future it returned.
     *
     * @return the nanoseconds it took
     */
    static long run(int rate, int seconds, LongFunction<CompletableFuture<?>> tick) throws InterruptedException {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long total = (long) rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(
                () -> {
                    int n = sent.getAndIncrement();
                    if (n < total) {
                        inFlight.add(tick.apply(start + n * periodNanos));
                    }
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        return System.nanoTime() - start;
    }
}
