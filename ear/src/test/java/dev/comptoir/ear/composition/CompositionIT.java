package dev.comptoir.ear.composition;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.AccessLog;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Aggregation, composition and the BFFs over the real services, with faults injected into those
 * services: parallel fan-out, partial answers, 503s, stale copies and correlation ids.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompositionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp http;
    private Shop shop;
    private Faults faults;

    @BeforeEach
    void client() {
        String server = "http://" + base.getHost() + ":" + base.getPort() + "/";
        http = Tokens.admin(new JsonHttp(server));
        shop = new Shop(http);
        faults = new Faults(server);
    }

    @AfterEach
    void healServices() {
        faults.clear("customers", "orders", "inventory");
        // A test's failures must not leave a breaker open for the next one.
        JsonHttp operator = Tokens.operator(http);
        for (String service : List.of("customers", "orders", "inventory")) {
            operator.post("/api/admin/breakers/" + service + "/reset", "").expect(200);
        }
    }

    @Test
    void aggregatesACustomerTheirOrdersAndReservationsAsTheProvidersWroteThem() {
        String customer = shop.customer("Aggregated", "100");
        String mug = shop.product("Mug", "5.00", 10);
        String order = shop.order(customer, mug, 1, mug, 2);
        String second = shop.order(customer, mug, 3, mug, 1);
        http.post("/customers/" + customer + "/credit-reservations", "{\"orderId\":\"" + order + "\",\"amount\":15}")
                .expect(201);
        shop.awaitListed(customer, order, second);

        JsonObject aggregate = http.get("/api/aggregate/customers/" + customer).expect(200);

        assertEquals("Aggregated", aggregate.getJsonObject("customer").getString("name"));
        assertEquals(2, aggregate.getJsonArray("orders").size());
        assertEquals(
                order,
                aggregate.getJsonArray("creditReservations").getJsonObject(0).getString("orderId"));
        assertEquals(Map.of("customer", "ok", "orders", "ok", "creditReservations", "ok"), statuses(aggregate));
        JsonObject home =
                http.get("/api/aggregate/customers/" + customer + "/home").expect(200);
        assertEquals(2, home.getJsonArray("orders").size());
        assertTrue(home.getJsonObject("catalogue").getJsonArray("items").size() > 0);
        http.get("/api/aggregate/customers/" + UUID.randomUUID()).problem(404);
    }

    @Test
    void overviewAsksInventoryOnlyAboutOpenOrders() {
        String customer = shop.customer("Overview", "100");
        String mug = shop.product("Mug", "5.00", 10);
        String reserved = shop.order(customer, mug, 1, mug, 1);
        String unreserved = shop.order(customer, mug, 2, mug, 2);
        String cancelled = shop.order(customer, mug, 3, mug, 3);
        http.post("/orders/" + cancelled + "/cancel", "").expect(200);
        http.post(
                        "/inventory/reservations",
                        "{\"orderId\":\"" + reserved + "\",\"lines\":[{\"sku\":\"" + mug + "\",\"quantity\":2}]}")
                .expect(201);
        shop.awaitListed(customer, reserved, unreserved, cancelled);
        String requestId = "overview-" + UUID.randomUUID();

        JsonObject overview = http.get("/api/customers/" + customer + "/overview", "X-Request-Id", requestId)
                .expect(200);

        assertEquals(2, overview.getInt("openOrderCount"));
        Map<String, JsonObject> orders = overview.getJsonArray("orders").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(order -> order.getString("orderId"), Function.identity()));
        assertEquals("RESERVED", orders.get(reserved).getString("stock"));
        assertEquals("NONE", orders.get(unreserved).getString("stock"));
        assertTrue(orders.get(cancelled).isNull("stock"));
        assertTrue(overview.getBoolean("complete"));
        List<String> inventoryCalls = logged(requestId, "GET /api/customers/").stream()
                .filter(line -> line.contains("/inventory/"))
                .toList();
        assertEquals(2, inventoryCalls.size(), inventoryCalls::toString);
        assertFalse(inventoryCalls.toString().contains(cancelled), "no call about the cancelled order");
    }

    @Test
    void fansOutInParallel() {
        String customer = shop.customer("Parallel", "100");
        String mug = shop.product("Mug", "5.00", 10);
        String cup = shop.product("Cup", "3.00", 10);
        String order = shop.order(customer, mug, 1, cup, 1);
        http.get("/api/orders/" + order + "/details").expect(200);
        http.get("/api/aggregate/customers/" + customer + "/home").expect(200);
        faults.delay("customers", ".*", 200);
        faults.delay("orders", ".*", 200);
        faults.delay("inventory", ".*", 200);

        long aggregate = millis(
                () -> http.get("/api/aggregate/customers/" + customer + "/home").expect(200));
        long details =
                millis(() -> http.get("/api/orders/" + order + "/details").expect(200));

        assertTrue(aggregate < 400, "A, B and C at once, 200 ms each, took " + aggregate + " ms");
        assertTrue(details < 600, "order, then customer and products at once, took " + details + " ms");
    }

    @Test
    void answersWithoutAnOptionalProviderAndSaysWhyItIsMissing() {
        String customer = shop.customer("Partial", "100");
        String order = shop.order(customer, shop.product("Mug", "5.00", 10), 1, shop.product("Cup", "3.00", 10), 1);
        faults.fail("inventory", "products/.*");

        JsonObject details = http.get("/api/orders/" + order + "/details").expect(200);

        assertFalse(details.getBoolean("complete"));
        assertTrue(details.isNull("total"));
        assertTrue(details.getJsonArray("lines").getJsonObject(0).isNull("unitPrice"));
        JsonObject product = details.getJsonObject("sources")
                .getJsonObject("product:"
                        + details.getJsonArray("lines").getJsonObject(0).getString("sku"));
        assertEquals("failed", product.getString("status"));
        assertTrue(product.getString("reason").contains("503"), product::toString);
        assertEquals(
                "ok", details.getJsonObject("sources").getJsonObject("customer").getString("status"));
    }

    @Test
    void answers503WithTheDetailWhenARequiredProviderIsDown() {
        String customer = shop.customer("Required", "100");
        String mug = shop.product("Mug", "5.00", 10);
        String order = shop.order(customer, mug, 1, mug, 1);
        faults.fail("customers", ".*");

        JsonObject problem = http.get("/api/orders/" + order + "/details").problem(503);

        assertEquals("customers", problem.getString("source"));
        assertEquals(
                "failed",
                problem.getJsonObject("sources").getJsonObject("customer").getString("status"));
        assertEquals(
                "ok", problem.getJsonObject("sources").getJsonObject("order").getString("status"));
    }

    @Test
    void theLastGoodCopyStandsInForAFailedSectionMarkedAsSuch() {
        String customer = shop.customer("Stale", "100");
        String mug = shop.product("Mug", "5.00", 10);
        String order = shop.order(customer, mug, 2, mug, 1);
        http.get("/api/orders/" + order + "/details").expect(200);
        faults.fail("inventory", "products/.*");

        JsonObject details = http.get("/api/orders/" + order + "/details").expect(200);

        assertEquals(
                0,
                new BigDecimal("15.00").compareTo(details.getJsonNumber("total").bigDecimalValue()));
        assertEquals(
                "from_cache",
                details.getJsonObject("sources").getJsonObject("product:" + mug).getString("status"));
        assertFalse(details.getBoolean("complete"));
    }

    @Test
    void aSlowOptionalProviderIsTimedOutNotWaitedFor() {
        String customer = shop.customer("Slow", "100");
        String order = shop.order(customer, shop.product("Mug", "5.00", 10), 1, shop.product("Cup", "3.00", 10), 1);
        faults.delay("inventory", "products/.*", 4_000);

        long start = System.nanoTime();
        JsonObject details = http.get("/api/orders/" + order + "/details").expect(200);
        long took = (System.nanoTime() - start) / 1_000_000;

        assertTrue(took < 3_500, "answered after " + took + " ms");
        assertTrue(statuses(details).containsValue("timed_out"), details::toString);
    }

    @Test
    void theMobileBffShapesTheSameOrderSmallerThanTheWebOne() {
        String customer = shop.customer("Mobile", "100");
        String mug = shop.product("Mug", "5.00", 10);
        String cup = shop.product("Cup", "3.00", 10);
        String order = shop.order(customer, mug, 2, cup, 1);

        JsonResponse web = http.get("/bff/web/orders/" + order);
        JsonResponse mobile = http.get("/bff/mobile/orders/" + order + "?size=1");

        assertEquals(200, web.status());
        assertEquals(200, mobile.status());
        assertTrue(mobile.raw().length() * 2 < web.raw().length(), mobile.raw() + " vs " + web.raw());
        JsonObject phone = mobile.object();
        assertEquals(
                0,
                new BigDecimal("13.00").compareTo(phone.getJsonNumber("total").bigDecimalValue()));
        assertEquals(3, phone.getInt("items"));
        assertEquals(1, phone.getJsonArray("lines").size());
        assertEquals("Mug", phone.getJsonArray("lines").getJsonObject(0).getString("name"));
        assertEquals(2, phone.getInt("pages"));
        assertEquals(
                "Cup",
                http.get("/bff/mobile/orders/" + order + "?size=1&page=1")
                        .expect(200)
                        .getJsonArray("lines")
                        .getJsonObject(0)
                        .getString("name"));
        assertEquals(
                "Mobile",
                http.get("/bff/mobile/customers/" + customer).expect(200).getString("name"));
        assertEquals(
                "Mobile", http.get("/bff/web/customers/" + customer).expect(200).getString("name"));
    }

    @Test
    void theCorrelationIdReachesAllThreeServices() {
        String customer = shop.customer("Correlated", "100");
        String mug = shop.product("Mug", "5.00", 10);
        String order = shop.order(customer, mug, 1, mug, 1);
        String requestId = "corr-" + UUID.randomUUID();

        JsonResponse details = http.get("/api/orders/" + order + "/details", "X-Request-Id", requestId);

        assertEquals(200, details.status());
        assertEquals(requestId, details.header("X-Request-Id"));
        List<String> requests = logged(requestId, "GET /api/orders/");
        assertTrue(requests.stream().anyMatch(line -> line.startsWith("GET /orders/" + order)), requests::toString);
        assertTrue(
                requests.stream().anyMatch(line -> line.startsWith("GET /customers/" + customer)), requests::toString);
        assertTrue(
                requests.stream().anyMatch(line -> line.startsWith("GET /inventory/products/" + mug)),
                requests::toString);
    }

    /** The access log lines of one request id, once the line of the entry request is written (it is the last). */
    private static List<String> logged(String requestId, String entry) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> AccessLog.requestsWith(requestId),
                        lines -> lines.stream().anyMatch(l -> l.startsWith(entry)));
    }

    private static Map<String, String> statuses(JsonObject answer) {
        return answer.getJsonObject("sources").entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> entry.getValue().asJsonObject().getString("status")));
    }

    /** The fastest of three runs: a pause of this machine cannot make sequential calls look parallel. */
    private static long millis(Runnable call) {
        long fastest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            call.run();
            fastest = Math.min(fastest, (System.nanoTime() - start) / 1_000_000);
        }
        return fastest;
    }
}
