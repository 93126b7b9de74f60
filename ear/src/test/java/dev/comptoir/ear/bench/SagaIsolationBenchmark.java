package dev.comptoir.ear.bench;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The saga's missing isolation (docs/patterns/09-sagas.md), in both styles. Each round: a customer with a credit
 * of 10.00; saga A orders a product at 10.00 that has no stock, so it holds the whole credit and is then
 * compensated (Inventory's stock step made {@value #STOCK_DELAY_MILLIS} ms slower, so that its hold lasts long
 * enough to be seen); a reader reads the customer at Customers every {@value #READ_EVERY_MILLIS} ms throughout;
 * as soon as the reader sees A's hold, saga B orders another product at 10.00 with stock. Printed: what the reader
 * saw (credit held by a saga that in the end reserved nothing: a dirty read), whether B was refused for credit
 * that A then gave back (a sale lost to an intermediate state) or came late enough to be approved, and whether the
 * credit at the end is what the approved orders hold.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SagaIsolationBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final long STOCK_DELAY_MILLIS = 500;
    private static final long READ_EVERY_MILLIS = 5;
    private static final BigDecimal CREDIT = new BigDecimal("10.00");

    private final JsonHttp http = Tokens.admin(new JsonHttp("http://127.0.0.1:8080/"));
    private final Faults faults = new Faults("http://127.0.0.1:8080/");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void aConcurrentReaderAndSagaSeeAnotherSagasHoldThatIsLaterCompensated() throws Exception {
        String none = product(0);
        String plenty = product(1_000_000);
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nSaga isolation demonstration (%s): %d rounds per style; saga A holds the whole credit, then"
                        + " is compensated; saga B starts once a reader has seen A's hold%n",
                System.getProperty("comptoir.db", "the build's database"),
                ROUNDS));
        List<String> timelines = new ArrayList<>();
        report.append(String.format(
                Locale.ROOT,
                "| %-13s | %6s | %12s | %17s | %16s | %10s | %20s | %10s | %21s |%n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|%n",
                "style",
                "rounds",
                "reader reads",
                "reads showing 0.00",
                "hold seen, p50 ms",
                "A rejected",
                "B refused for credit",
                "B approved",
                "credit at the end"));
        try {
            // One set of rules: the orchestrated saga's stock step (HTTP) and the choreographed one's (its event).
            faults.rules(
                    "inventory",
                    "[{\"pathPattern\":\"saga/stock-reservations\",\"latencyMs\":" + STOCK_DELAY_MILLIS
                            + ",\"jitterMs\":0,\"failureRate\":0},{\"method\":\"JMS\","
                            + "\"pathPattern\":\"inventory-stock-saga/SagaCreditReserved\",\"latencyMs\":"
                            + STOCK_DELAY_MILLIS + ",\"jitterMs\":0,\"failureRate\":0}]");
            round(SagaClient.ORCHESTRATED, none, plenty); // warm-up
            round(SagaClient.CHOREOGRAPHED, none, plenty);
            for (String style : List.of(SagaClient.ORCHESTRATED, SagaClient.CHOREOGRAPHED)) {
                List<Round> rounds = new ArrayList<>();
                for (int i = 0; i < ROUNDS; i++) {
                    rounds.add(round(style, none, plenty));
                }
                report.append(row(style, rounds));
                timelines.add(rounds.get(0).timeline(style));
            }
        } finally {
            faults.clear("inventory");
        }
        report.append(String.format("%nWhat one round of each style showed:%n"));
        timelines.forEach(report::append);
        System.out.println(report);
    }

    private Round round(String style, String none, String plenty) throws Exception {
        String customer = http.post(
                        "/customers/",
                        "{\"name\":\"Bench\",\"email\":\"bench-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":" + CREDIT + "}")
                .expect(201)
                .getString("id");
        Round round = new Round();
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                round.saw(http.get("/customers/" + customer)
                        .expect(200)
                        .getJsonNumber("creditAvailable")
                        .bigDecimalValue());
                pause(READ_EVERY_MILLIS);
            }
        });
        try {
            CompletableFuture<JsonObject> a = CompletableFuture.supplyAsync(() -> place(style, customer, none));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!round.holdSeen() && !a.isDone() && System.nanoTime() < deadline) {
                pause(1);
            }
            if (round.holdSeen()) {
                round.event("B placed");
                JsonObject b = place(style, customer, plenty);
                round.event("B " + b.getString("status") + ": " + b.getString("rejectionReason", ""));
                round.bRefusedForCredit = b.getString("rejectionReason", "").startsWith("Credit refused");
                round.bApproved = b.getString("status").equals("APPROVED");
            }
            JsonObject ended = a.get(30, TimeUnit.SECONDS);
            round.event("A " + ended.getString("status") + ": " + ended.getString("rejectionReason", ""));
            round.aRejected = ended.getString("status").equals("REJECTED");
            pause(100); // a last look after A's end
        } finally {
            running.set(false);
            reader.get(10, TimeUnit.SECONDS);
        }
        round.creditAtTheEnd = http.get("/customers/" + customer)
                .expect(200)
                .getJsonNumber("creditAvailable")
                .bigDecimalValue();
        return round;
    }

    private JsonObject place(String style, String customer, String sku) {
        return http.post(
                        style,
                        "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}")
                .expect(201);
    }

    private String product(int stock) {
        String sku = "BENCH-" + UUID.randomUUID();
        http.post(
                        "/inventory/products",
                        "{\"sku\":\"" + sku + "\",\"name\":\"Bench\",\"price\":" + CREDIT + ",\"stock\":" + stock + "}")
                .expect(201);
        return sku;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String row(String style, List<Round> rounds) {
        List<Long> holds =
                new ArrayList<>(rounds.stream().map(Round::holdMillis).toList());
        Collections.sort(holds);
        return String.format(
                Locale.ROOT,
                "| %-13s | %6d | %12d | %17d | %16d | %10d | %20d | %10d | %21s |%n",
                style.substring(style.indexOf('=') + 1),
                rounds.size(),
                rounds.stream().mapToInt(round -> round.reads).sum(),
                rounds.stream().mapToInt(round -> round.zeroReads).sum(),
                holds.get(holds.size() / 2),
                rounds.stream().filter(round -> round.aRejected).count(),
                rounds.stream().filter(round -> round.bRefusedForCredit).count(),
                rounds.stream().filter(round -> round.bApproved).count(),
                rounds.stream().allMatch(Round::creditAsTheOrdersSay) ? "as the orders say" : "NOT as the orders say");
    }

    /** What one round's reader saw, and how the two sagas ended. */
    private static final class Round {

        private final long start = System.nanoTime();
        private final List<String> timeline = new ArrayList<>();
        private volatile BigDecimal last;
        private volatile long firstHold = -1;
        private volatile long lastHold = -1;
        int reads;
        int zeroReads;
        boolean aRejected;
        boolean bRefusedForCredit;
        boolean bApproved;
        BigDecimal creditAtTheEnd;

        void saw(BigDecimal available) {
            reads++;
            long now = System.nanoTime();
            if (available.signum() == 0) {
                zeroReads++;
                firstHold = firstHold < 0 ? now : firstHold;
                lastHold = now;
            }
            if (!available.equals(last)) {
                event("reader: credit available " + available);
                last = available;
            }
        }

        boolean holdSeen() {
            return firstHold >= 0;
        }

        /** All the credit back, unless B was approved and holds it. */
        boolean creditAsTheOrdersSay() {
            return creditAtTheEnd.compareTo(bApproved ? BigDecimal.ZERO : CREDIT) == 0;
        }

        long holdMillis() {
            return firstHold < 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(lastHold - firstHold);
        }

        /** Timed and kept at once, so that the reader's and the sagas' events come out in the order of their times. */
        synchronized void event(String what) {
            timeline.add(String.format(
                    Locale.ROOT, "  %6d ms  %s%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), what));
        }

        synchronized String timeline(String style) {
            return style.substring(style.indexOf('=') + 1) + ":\n" + String.join("", timeline);
        }
    }
}
