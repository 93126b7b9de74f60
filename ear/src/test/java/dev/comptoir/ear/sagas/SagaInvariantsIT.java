package dev.comptoir.ear.sagas;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.Concurrently;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The saga's invariants under load: 200 sagas at once, both styles mixed, with more demand than credit
 * and than stock (refusals of both kinds) and with injected faults (a share of Inventory's orchestrated
 * reservations fail; a share of the choreography's steps, reservations, confirmations and compensations,
 * fail and are redelivered), while the products are restocked (each restock sent twice: counted once). Then
 * every saga ends within a bound, and through the services' APIs: each customer's available credit is the
 * limit less what the approved orders hold, nothing stays reserved; each product's stock plus what approved
 * orders hold is the initial stock plus its restocks; no reservation survives for a rejected order; the
 * coordinator keeps no LRA of these sagas active.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SagaInvariantsIT {

    private static final int SAGAS = 200;
    private static final int CUSTOMERS = 8;
    private static final int PRODUCTS = 4;
    private static final BigDecimal LIMIT = new BigDecimal("150.00");
    private static final BigDecimal PRICE = new BigDecimal("10.00");
    private static final int STOCK = 40;
    private static final int RESTOCKS = 16;
    private static final Duration TERMINAL_WITHIN = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void manyConcurrentSagasOfBothStylesWithRefusalsAndFaultsKeepEveryInvariant() throws Exception {
        String server = "http://" + base.getHost() + ":" + base.getPort();
        JsonHttp http = new JsonHttp(server + "/");
        Shop shop = new Shop(http);
        List<String> customers = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(shop.customer("Invariant " + i, LIMIT.toPlainString()));
        }
        for (int i = 0; i < PRODUCTS; i++) {
            skus.add(shop.product("Invariant " + i, PRICE.toPlainString(), STOCK));
        }
        Random random = new Random(42);
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < SAGAS; i++) {
            plans.add(new Plan(
                    i % 2 == 0 ? "orchestrated" : "choreographed",
                    customers.get(random.nextInt(CUSTOMERS)),
                    skus.get(random.nextInt(PRODUCTS)),
                    1 + random.nextInt(3)));
        }
        List<Restock> restocks = new ArrayList<>();
        for (int i = 0; i < RESTOCKS; i++) {
            restocks.add(new Restock("invariant-" + UUID.randomUUID(), skus.get(i % PRODUCTS), 1 + random.nextInt(5)));
        }
        Faults faults = new Faults(server + "/");
        faults.rules(
                "inventory",
                "[{\"pathPattern\":\"saga/stock-reservations\",\"latencyMs\":0,\"jitterMs\":0,\"failureRate\":0.1},"
                        + "{\"method\":\"JMS\",\"pathPattern\":\"inventory-.*\",\"latencyMs\":0,\"jitterMs\":0,"
                        + "\"failureRate\":0.1}]");
        faults.rules(
                "customers",
                "[{\"method\":\"JMS\",\"pathPattern\":\"customers-.*\",\"latencyMs\":0,\"jitterMs\":0,"
                        + "\"failureRate\":0.1}]");
        // Each answer waits for its saga to end, holding one of the server's few worker threads: with 200 at once on
        // two cores (PostgreSQL's XA commits), the last answers come after the default 30 s. The bound that matters,
        // every saga terminal within TERMINAL_WITHIN of the start, is checked below.
        JsonHttp patient = http.waitingUpTo(TERMINAL_WITHIN);
        Map<Integer, String> orderIds = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        try {
            // The restocks start with the sagas and queue on the same products' row locks as their reservations.
            Concurrently.run(SAGAS + RESTOCKS, i -> {
                if (i >= SAGAS) {
                    return restock(patient, restocks.get(i - SAGAS));
                }
                Plan plan = plans.get(i);
                JsonObject order = patient.post(
                                "/orders/?saga=" + plan.style(),
                                "{\"customerId\":\"" + plan.customer() + "\",\"lines\":[{\"sku\":\"" + plan.sku()
                                        + "\",\"quantity\":" + plan.quantity() + "}]}")
                        .expect(201);
                orderIds.put(i, order.getString("id"));
                return order.getString("status");
            });
        } finally {
            faults.clear("inventory", "customers");
        }

        Map<String, Plan> byOrder = orderIds.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, entry -> plans.get(entry.getKey())));
        assertEquals(SAGAS, byOrder.size());
        Map<String, String> ends = new ConcurrentHashMap<>();
        await().atMost(TERMINAL_WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String id : byOrder.keySet()) {
                if (!ends.containsKey(id)) {
                    String state =
                            http.get("/orders/" + id + "/saga").expect(200).getString("state");
                    if (!state.equals("RUNNING")) {
                        ends.put(id, state);
                    }
                }
            }
            assertEquals(SAGAS, ends.size(), "sagas ended");
        });
        Duration allEnded = Duration.ofNanos(System.nanoTime() - started);

        Set<String> approved = ends.entrySet().stream()
                .filter(entry -> entry.getValue().equals("CONFIRMED"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        for (String id : byOrder.keySet()) {
            String status = http.get("/orders/" + id).expect(200).getString("status");
            assertEquals(approved.contains(id) ? "APPROVED" : "REJECTED", status, id);
        }
        assertTrue(approved.size() > 0 && approved.size() < SAGAS, () -> approved.size() + " approved");

        // The invariants hold "after recovery": a participant callback of the coordinator (an LRA's complete or
        // compensate) that failed or timed out under this load is made again at its recovery passes, about 25 s
        // apart (one LRA was seen Closing for over a minute after its close, its reservation not yet confirmed).
        // One pass now; the checks below wait for the next ones.
        RecoveryScan.now();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    for (String customer : customers) {
                        BigDecimal held = byOrder.entrySet().stream()
                                .filter(entry -> approved.contains(entry.getKey())
                                        && entry.getValue().customer().equals(customer))
                                .map(entry -> PRICE.multiply(
                                        BigDecimal.valueOf(entry.getValue().quantity())))
                                .reduce(BigDecimal.ZERO, BigDecimal::add);
                        JsonObject view = http.get("/customers/" + customer).expect(200);
                        assertAmount(LIMIT.subtract(held), view, "creditAvailable");
                        assertAmount(held, view, "creditConfirmed");
                        assertAmount(BigDecimal.ZERO, view, "creditReserved");
                    }
                    for (String sku : skus) {
                        int held = byOrder.entrySet().stream()
                                .filter(entry -> approved.contains(entry.getKey())
                                        && entry.getValue().sku().equals(sku))
                                .mapToInt(entry -> entry.getValue().quantity())
                                .sum();
                        int stock = http.get("/inventory/products/" + sku)
                                .expect(200)
                                .getInt("stock");
                        int restocked = restocks.stream()
                                .filter(restock -> restock.sku().equals(sku))
                                .mapToInt(Restock::quantity)
                                .sum();
                        assertEquals(
                                restocked,
                                http.get("/inventory/products/" + sku + "/restocks")
                                        .expect(200)
                                        .getInt("restocked"),
                                sku);
                        assertEquals(STOCK + restocked, stock + held, sku);
                    }
                    for (Map.Entry<String, Plan> order : byOrder.entrySet()) {
                        String id = order.getKey();
                        String expected = approved.contains(id) ? "CONFIRMED" : "RELEASED";
                        assertReservation(
                                http.get("/customers/" + order.getValue().customer() + "/credit-reservations/" + id),
                                expected,
                                id);
                        assertReservation(http.get("/inventory/reservations/" + id), expected, id);
                    }
                });

        System.out.printf(
                "%d sagas (%d approved) and %d restocks (%d units) ended within %d ms of the first request%n",
                SAGAS,
                approved.size(),
                RESTOCKS,
                restocks.stream().mapToInt(Restock::quantity).sum(),
                allEnded.toMillis());

        // WildFly's coordinator answers its list of LRAs with a 500 (its JSON provider is missing from the
        // module), so each orchestrated saga's LRA is asked for its own status: gone, or ended.
        List<String> lraIds = byOrder.entrySet().stream()
                .filter(entry -> entry.getValue().style().equals("orchestrated"))
                .map(entry -> http.get("/orders/" + entry.getKey() + "/saga").expect(200))
                .filter(saga -> !saga.isNull("lraId"))
                .map(saga -> saga.getString("lraId"))
                .toList();
        assertTrue(lraIds.size() > SAGAS / 3, () -> lraIds.size() + " LRAs");
        // "After recovery" too: an LRA whose end the coordinator has not finished is finished by its recovery
        // passes (one made above, the next ones about 25 s apart).
        await().atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    List<String> left = new ArrayList<>();
                    for (String lra : lraIds) {
                        HttpResponse<String> status = lraStatus(lra);
                        if (status.statusCode() != 404
                                && !Set.of("Closed", "Cancelled")
                                        .contains(status.body().trim())) {
                            left.add(lra + " " + status.statusCode() + " " + status.body());
                        }
                    }
                    assertEquals(List.of(), left, "LRAs of these sagas not ended on the coordinator");
                });
    }

    /** Sends the restock, then again as a client would after a lost answer: the repeat adds nothing. */
    private static String restock(JsonHttp http, Restock restock) {
        String path = "/inventory/products/" + restock.sku() + "/restocks";
        String body = "{\"restockId\":\"" + restock.id() + "\",\"quantity\":" + restock.quantity() + "}";
        int added = http.post(path, body).expect(201).getInt("stockAfter");
        assertEquals(added, http.post(path, body).expect(200).getInt("stockAfter"));
        return "restocked";
    }

    /** An approved order's reservation is confirmed; a rejected order's is released or was never made. */
    private static void assertReservation(JsonResponse reservation, String expected, String orderId) {
        if (reservation.status() == 404 && expected.equals("RELEASED")) {
            return;
        }
        assertEquals(200, reservation.status(), () -> orderId + ": " + reservation.raw());
        assertEquals(expected, reservation.object().getString("status"), orderId);
    }

    private static void assertAmount(BigDecimal expected, JsonObject view, String name) {
        BigDecimal actual = view.getJsonNumber(name).bigDecimalValue();
        assertEquals(
                0, expected.compareTo(actual), () -> name + " " + actual + ", expected " + expected + " in " + view);
    }

    /** The coordinator's word on one LRA: 404 once it has ended and been forgotten. */
    private static HttpResponse<String> lraStatus(String lraId) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(lraId + "/status"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private record Plan(String style, String customer, String sku, int quantity) {}

    private record Restock(String id, String sku, int quantity) {}
}
