package dev.comptoir.ear.bench;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The composition's consistency (docs/patterns/01-composition-aggregator.md): while a writer runs the
 * create-order steps one after the other as plain calls (place at Orders, reserve credit at Customers, reserve
 * stock at Inventory, confirm both, approve at Orders; {@link SagaClient#plainFlow}), two readers read the same
 * customer, one the composed overview and one the CQRS view. Every moment between two steps has a state the
 * steps' order allows; an answer whose parts match no such state mixes moments: its parts disagree. Counted:
 * credit in use for fewer orders than the orders and stock shown need, credit in use for an order not shown, and
 * an approved order whose stock is not confirmed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompositionConsistencyBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 30);
    /** Orders per customer: the composition asks Inventory once per open order. */
    private static final int ORDERS = Integer.getInteger("bench.orders-per-customer", 5);
    /** SagaClient's product price. */
    private static final BigDecimal PRICE = new BigDecimal("2.00");

    private static final long PAUSE_MILLIS = 10;

    private final JsonHttp http = Tokens.admin(new JsonHttp("http://127.0.0.1:8080/"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void composedAndViewedAnswersReadWhileCreateOrderStepsRun() throws Exception {
        new SagaClient(http, "1000").plainFlow(); // warm-up
        AtomicReference<String> current = new AtomicReference<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Reads composed = new Reads("API composition /api/customers/{id}/overview", "/api/customers/%s/overview");
        Reads viewed = new Reads("CQRS view /api/views/customers/{id}", "/api/views/customers/%s");
        List<CompletableFuture<Void>> readers = List.of(composed, viewed).stream()
                .map(reads -> CompletableFuture.runAsync(() -> reads.readWhile(writing, current)))
                .toList();
        long start = System.nanoTime();
        try {
            for (int c = 0; c < CUSTOMERS; c++) {
                SagaClient client = new SagaClient(http, "1000");
                current.set(client.customer());
                for (int o = 0; o < ORDERS; o++) {
                    client.plainFlow();
                }
            }
        } finally {
            writing.set(false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (CompletableFuture<Void> reader : readers) {
            reader.join();
        }
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nComposition consistency benchmark (%s): %d create-order flows of 6 steps (%d customers, %d orders"
                        + " each) in %.1f s, read meanwhile every %d ms after each answer%n",
                System.getProperty("comptoir.db", "the build's database"),
                CUSTOMERS * ORDERS,
                CUSTOMERS,
                ORDERS,
                seconds,
                PAUSE_MILLIS));
        report.append(String.format(
                Locale.ROOT,
                "| %-46s | %6s | %10s | %10s | %12s | %12s | %12s | %11s |%n|---|---:|---:|---:|---:|---:|---:|---:|%n",
                "path",
                "reads",
                "not shown",
                "disagree",
                "credit short",
                "credit extra",
                "stock behind",
                "disagree %"));
        report.append(composed.row()).append(viewed.row());
        System.out.println(report);
    }

    /** One reader's answers, classified. */
    private final class Reads {

        private final String name;
        private final String path;
        private int reads;
        private int notShown;
        private int disagree;
        private int creditShort;
        private int creditExtra;
        private int stockBehind;

        Reads(String name, String path) {
            this.name = name;
            this.path = path;
        }

        void readWhile(AtomicBoolean writing, AtomicReference<String> current) {
            while (writing.get()) {
                String customer = current.get();
                if (customer != null) {
                    classify(http.get(String.format(path, customer)));
                }
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /**
         * The steps' order allows, at any moment: every order approved with its stock confirmed but the newest,
         * which may be placed with no credit and no stock, placed with its credit, or placed with its credit and
         * its stock (reserved or confirmed).
         */
        private void classify(JsonResponse answer) {
            reads++;
            JsonObject overview = answer.status() == 200 ? answer.object() : null;
            if (overview == null || !overview.getBoolean("complete", true)) {
                notShown++; // the view does not know the customer yet, or a part is missing: nothing to compare
                return;
            }
            List<JsonObject> orders = overview.getJsonArray("orders").stream()
                    .map(JsonValue::asJsonObject)
                    .toList();
            int inUse = overview.getJsonNumber("creditLimit")
                    .bigDecimalValue()
                    .subtract(overview.getJsonNumber("creditAvailable").bigDecimalValue())
                    .divide(PRICE)
                    .intValue();
            int needed = 0;
            boolean behind = false;
            for (JsonObject order : orders) {
                boolean approved = order.getString("status").equals("APPROVED");
                String stock = order.isNull("stock") ? "-" : order.getString("stock");
                if (approved && !stock.equals("CONFIRMED")) {
                    behind = true;
                }
                if (approved || stock.equals("RESERVED") || stock.equals("CONFIRMED")) {
                    needed++;
                }
            }
            boolean shortOf = inUse < needed;
            boolean extra = inUse > orders.size();
            creditShort += shortOf ? 1 : 0;
            creditExtra += extra ? 1 : 0;
            stockBehind += behind ? 1 : 0;
            disagree += shortOf || extra || behind ? 1 : 0;
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %-46s | %6d | %10d | %10d | %12d | %12d | %12d | %10.1f%% |%n",
                    name,
                    reads,
                    notShown,
                    disagree,
                    creditShort,
                    creditExtra,
                    stockBehind,
                    100.0 * disagree / Math.max(1, reads - notShown));
        }
    }
}
