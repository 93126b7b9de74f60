package dev.comptoir.domain;

import static org.awaitility.Awaitility.await;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A client's traffic through the balancer at a fixed rate, as the domain's tests apply it while they break
 * servers: idempotent reads (a customer's overview, which the gateway composes from the three services) and order
 * placements (a saga each, the two styles in turn). Each request is sent on time whatever the earlier ones do (a
 * slow answer does not slow the load down) and bounded by its client timeout; every outcome is kept with its time.
 */
final class ClientLoad implements AutoCloseable {

    /** One request: when it started (nanoTime), how long it took, and its answer's status (0: no answer). */
    record Outcome(Kind kind, long startedAt, long tookNanos, int status, String detail) {

        boolean failed() {
            return status != kind.success;
        }

        boolean within(long from, long to) {
            return startedAt >= from && startedAt < to;
        }
    }

    enum Kind {
        READ(200),
        PLACEMENT(201);

        private final int success;

        Kind(int success) {
            this.success = success;
        }
    }

    /** Reads before a kill, for the steady figures; reads while a server or host is lost, before it is started again. */
    static final int STEADY_READS = 15;

    static final int READS_WHILE_DOWN = 75;

    /** A read of a warm domain: half the gateway's deadline for a source. */
    private static final Duration WARM_READ = Duration.ofSeconds(1);

    /** A load this machine carries with room to spare (two cores for fifteen JVMs), also while a server boots. */
    static final Duration READ_EVERY = Duration.ofMillis(200);

    static final Duration PLACE_EVERY = Duration.ofSeconds(2);

    private final JsonHttp gateway;
    private final List<String> readers;
    private final List<String> buyers;
    private final List<String> skus;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    /** Bounded by the rates times the client timeout: a request never waits for a thread. */
    private final ExecutorService senders = Executors.newFixedThreadPool(64);

    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    /** The ids of the orders placed with a 201: acknowledged to the client. */
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();

    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong placements = new AtomicLong();
    private Duration readEvery;

    /**
     * @param readers the customers whose overviews are read: each with the same few orders, so that a read costs the
     *     same all along (an overview asks Inventory about each open order)
     * @param buyers the customers the orders are placed for, in turn
     */
    ClientLoad(JsonHttp gateway, List<String> readers, List<String> buyers, List<String> skus) {
        this.gateway = gateway;
        this.readers = List.copyOf(readers);
        this.buyers = List.copyOf(buyers);
        this.skus = List.copyOf(skus);
    }

    /**
     * The failover tests' load, started and warmed up: the start's readers read, its buyers buy its products. Why the
     * warm-up: right after the domain starts, its servers' first calls (code not yet compiled, pools empty) outlast
     * the gateway's 2 s deadline for a source, and that is not what a failover test measures. Warm means each of the
     * last reads answered within half that deadline: answered at all was not enough (the first loss after the domain's
     * start then ran with a read p99 of 2.4 to 2.9 s before its kill, and failed reads that later losses did not).
     */
    static ClientLoad through(JsonHttp gateway, Shop.Start start) {
        ClientLoad load =
                new ClientLoad(gateway, start.readers(), start.buyers(), start.skus()).start(READ_EVERY, PLACE_EVERY);
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(load::steady);
        return load;
    }

    /** The last {@link #STEADY_READS} reads answered, all of them complete and within {@link #WARM_READ}. */
    private boolean steady() {
        List<Outcome> reads = outcomes(Kind.READ, read -> true);
        reads.sort(Comparator.comparingLong(Outcome::startedAt));
        List<Outcome> last = reads.subList(Math.max(0, reads.size() - STEADY_READS), reads.size());
        return last.size() == STEADY_READS
                && last.stream()
                        .noneMatch(read -> read.failed()
                                || read.detail().startsWith("incomplete")
                                || read.tookNanos() > WARM_READ.toNanos());
    }

    /** Starts the load: an overview every {@code readEvery}, an order every {@code placeEvery}. */
    ClientLoad start(Duration readEvery, Duration placeEvery) {
        this.readEvery = readEvery;
        clock.scheduleAtFixedRate(() -> senders.execute(this::read), 0, readEvery.toMillis(), TimeUnit.MILLISECONDS);
        clock.scheduleAtFixedRate(() -> senders.execute(this::place), 0, placeEvery.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void read() {
        long n = reads.getAndIncrement();
        String customer = readers.get((int) (n % readers.size()));
        send(Kind.READ, () -> {
            JsonResponse answer = gateway.get("/api/customers/" + customer + "/overview");
            if (answer.status() == 200 && !answer.object().getBoolean("complete", false)) {
                return new Answer(200, "incomplete: " + answer.raw());
            }
            return new Answer(answer.status(), answer.status() == 200 ? "" : answer.raw());
        });
    }

    private void place() {
        long n = placements.getAndIncrement();
        String style = n % 2 == 0 ? "orchestrated" : "choreographed";
        String customer = buyers.get((int) (n % buyers.size()));
        String sku = skus.get((int) (n / buyers.size() % skus.size()));
        long quantity = 1 + n % 3;
        send(Kind.PLACEMENT, () -> {
            JsonResponse answer = gateway.post(
                    "/api/v2/orders?saga=" + style,
                    "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity
                            + "}]}");
            if (answer.status() == 201) {
                acknowledged.add(answer.object().getString("id"));
                return new Answer(201, style);
            }
            return new Answer(answer.status(), style + ": " + answer.raw());
        });
    }

    private record Answer(int status, String detail) {}

    private void send(Kind kind, Supplier<Answer> request) {
        long started = System.nanoTime();
        Answer answer;
        try {
            answer = request.get();
        } catch (RuntimeException | AssertionError noJsonAnswer) {
            // No answer, or one that is not JSON (the balancer's own 503 page when a gateway dies mid-request): a
            // failed request, not a failed test thread (Awaitility fails the test on any thread's uncaught error).
            answer = new Answer(0, noJsonAnswer.toString());
        }
        outcomes.add(new Outcome(kind, started, System.nanoTime() - started, answer.status(), answer.detail()));
    }

    /** Outcomes so far of one kind that match. */
    List<Outcome> outcomes(Kind kind, Predicate<Outcome> matching) {
        List<Outcome> found = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.kind() == kind && matching.test(outcome)) {
                found.add(outcome);
            }
        }
        return found;
    }

    /** Waits until {@code count} reads have been sent since {@code since} (nanoTime) and answered. */
    void awaitReads(long since, int count) {
        await().atMost(readEvery.multipliedBy(10L * count).plusSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> outcomes(Kind.READ, o -> o.startedAt() >= since).size() >= count);
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Stops sending and waits for the answers still due (each bounded by the client's timeout). */
    @Override
    public void close() throws InterruptedException {
        clock.shutdownNow();
        senders.shutdown();
        if (!senders.awaitTermination(2, TimeUnit.MINUTES)) {
            senders.shutdownNow();
        }
    }
}
