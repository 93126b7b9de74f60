package dev.comptoir.ear.services;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.AccessLog;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Defence in depth: each service enforces function-level roles and object ownership itself, whoever calls it. A
 * customer's token that reaches a service directly (around the gateway) changes no credit limit, creates or
 * restocks no product, holds no stock, and neither acts on nor reads another customer's objects: each refusal is
 * a problem document (403, or for another's object the 404 of an unknown id), and the data read back with an
 * admin's token is unchanged. The customer still acts on their own, and the gateway's calls, which forward the
 * caller's token, still work. Orders' saga reserves with its own service account, not the caller's token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceAuthorizationIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    /** The services, called directly with the suite's admin token (for setting up and reading back). */
    private JsonHttp admin;

    private JsonHttp gateway;
    private JsonHttp asCustomer;
    private String own;
    private String other;
    private String sku;
    private String othersOrder;

    @BeforeEach
    void setUp() {
        admin = new JsonHttp(Deployments.services(base));
        gateway = new JsonHttp("http://" + base.getHost() + ":" + base.getPort());
        Shop shop = new Shop(admin);
        own = shop.customer("Own Customer", "100");
        other = shop.customer("Other Customer", "100");
        sku = shop.product("Cups", "10.00", 10);
        asCustomer = admin.bearer(Tokens.customer(own));
        othersOrder = admin.post("/orders/", order(other, 1)).expect(201).getString("id");
        admin.post("/customers/" + other + "/credit-reservations", credit(othersOrder, "10.00"))
                .expect(201);
        admin.post("/inventory/reservations", stock(othersOrder, 1)).expect(201);
    }

    @Test
    void aCustomersTokenChangesNoCreditLimitAndNoOtherCustomersProfileCreditOrOrders() {
        new Shop(admin).awaitListed(other, othersOrder);
        JsonObject ownBefore = admin.get("/customers/" + own).expect(200);
        JsonObject otherBefore = admin.get("/customers/" + other).expect(200);

        refused(asCustomer.put("/customers/" + own, profile("Own Customer", "1000000")), "own credit limit");
        refused(asCustomer.put("/customers/" + other, profile("Taken Over", "100")), "another's profile");
        refused(
                asCustomer.post("/customers/" + other + "/credit-reservations", credit(uuid(), "90.00")),
                "another's credit");
        refused(asCustomer.post("/orders/?saga=orchestrated", order(other, 1)), "an orchestrated order for another");
        refused(asCustomer.post("/orders/?saga=choreographed", order(other, 1)), "a choreographed order for another");
        refused(asCustomer.post("/orders/", order(other, 1)), "an order for another");
        refused(
                asCustomer.send("POST", "/orders/", "application/json", order(other, 1)),
                "an order for another, again");

        assertEquals(ownBefore, admin.get("/customers/" + own).expect(200), "own customer unchanged");
        assertEquals(otherBefore, admin.get("/customers/" + other).expect(200), "other customer unchanged");
        assertEquals(
                1,
                admin.get("/customers/" + other + "/credit-reservations")
                        .array()
                        .size(),
                "one credit reservation");
        // Orders' read side applies events in order: once the marker is listed, a refused order would be too.
        String marker = admin.post("/orders/", order(other, 1)).expect(201).getString("id");
        new Shop(admin).awaitListed(other, othersOrder, marker);
    }

    @Test
    void aCustomersTokenCreatesAndRestocksNoProductAndHoldsNoStock() {
        int stockBefore = admin.get("/inventory/products/" + sku).expect(200).getInt("stock");
        String newSku = "E2E-" + UUID.randomUUID();
        String held = uuid();

        refused(
                asCustomer.post(
                        "/inventory/products",
                        "{\"sku\":\"" + newSku + "\",\"name\":\"Free\",\"price\":0.01,\"stock\":1000}"),
                "a new product");
        refused(
                asCustomer.post(
                        "/inventory/products/" + sku + "/restocks",
                        "{\"restockId\":\"" + uuid() + "\",\"quantity\":5}"),
                "a restock");
        refused(asCustomer.post("/inventory/reservations", stock(held, 9)), "a stock reservation");
        refused(asCustomer.post("/inventory/saga/stock-reservations", stock(held, 9)), "a saga's stock reservation");
        refused(asCustomer.post("/customers/saga/credit-reservations", credit(held, "1.00")), "a saga's credit");

        admin.get("/inventory/products/" + newSku).problem(404);
        assertEquals(
                stockBefore, admin.get("/inventory/products/" + sku).expect(200).getInt("stock"), "stock");
        assertEquals(
                0,
                admin.get("/inventory/products/" + sku + "/restocks")
                        .expect(200)
                        .getJsonArray("items")
                        .size());
        admin.get("/inventory/reservations/" + held).problem(404);
    }

    @Test
    void aCustomerReadingAnotherCustomersObjectGetsTheAnswerOfAnUnknownId() {
        String othersCommand = admin.post("/orders/", order(other, 1), "Prefer", "respond-async")
                .expect(202)
                .getString("id");
        String unknown = uuid();
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("/customers/" + other, "/customers/" + unknown);
        reads.put("/customers/" + other + "/activity", "/customers/" + unknown + "/activity");
        reads.put(
                "/customers/" + other + "/credit-reservations/" + othersOrder,
                "/customers/" + other + "/credit-reservations/" + unknown);
        reads.put("/orders/" + othersOrder, "/orders/" + unknown);
        reads.put("/orders/" + othersOrder + "/events", "/orders/" + unknown + "/events");
        reads.put("/orders/" + othersOrder + "/saga", "/orders/" + unknown + "/saga");
        reads.put("/orders/commands/" + othersCommand, "/orders/commands/" + unknown);
        reads.put("/inventory/reservations/" + othersOrder, "/inventory/reservations/" + unknown);
        reads.forEach((others, unknownOne) -> {
            JsonObject refused = asCustomer.get(others).problem(404);
            JsonObject notFound = admin.get(unknownOne).problem(404);
            assertEquals(notFound.getString("type"), refused.getString("type"), others);
            assertEquals(notFound.getString("title"), refused.getString("title"), others);
        });
        for (String list : List.of(
                "/customers/" + other + "/credit-reservations", "/orders/?customerId=" + other, "/customers/")) {
            JsonResponse answer = asCustomer.get(list);
            assertTrue(answer.status() == 404 || answer.status() == 403, list + ": " + answer.raw());
            answer.problem(answer.status());
        }
    }

    @Test
    void aCustomerStillActsOnTheirOwnAndTheSagaReservesWithOrdersOwnServiceAccount() {
        String requestId = "own-saga-" + UUID.randomUUID();
        asCustomer.get("/customers/" + own).expect(200);
        JsonObject order = asCustomer
                .post("/orders/?saga=orchestrated", order(own, 2), "X-Request-Id", requestId)
                .expect(201);
        String orderId = order.getString("id");

        assertEquals("APPROVED", order.getString("status"), order::toString);
        BigDecimal confirmed = asCustomer
                .get("/customers/" + own)
                .expect(200)
                .getJsonNumber("creditConfirmed")
                .bigDecimalValue();
        assertEquals(0, new BigDecimal("20.00").compareTo(confirmed), "credit confirmed " + confirmed);
        assertEquals(
                1,
                asCustomer
                        .get("/customers/" + own + "/credit-reservations")
                        .array()
                        .size());
        assertEquals(
                "CONFIRMED",
                asCustomer.get("/inventory/reservations/" + orderId).expect(200).getString("status"));
        JsonObject saga = asCustomer.get("/orders/" + orderId + "/saga").expect(200);
        assertEquals("CONFIRMED", saga.getString("state"), saga::toString);
        assertEquals(
                "Completed",
                saga.getJsonObject("participations").getJsonObject("customers").getString("status"));
        assertEquals(200, asCustomer.get("/orders/" + orderId + "/events").status(), "own order's events");
        asCustomer.post("/orders/", order(own, 1)).expect(201);

        String serviceAccount = ManagementApi.credentials().getProperty("orders-account.user");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertEquals(
                    List.of(serviceAccount),
                    AccessLog.callersOf(requestId, "POST /customers/saga/credit-reservations"));
            assertEquals(
                    List.of(serviceAccount), AccessLog.callersOf(requestId, "POST /inventory/saga/stock-reservations"));
        });
    }

    @Test
    void theGatewayStillServesACustomersAndAnAdminsOverviewWithTheCallersToken() {
        String orderId = admin.post("/orders/", order(own, 1)).expect(201).getString("id");
        admin.post("/inventory/reservations", stock(orderId, 1)).expect(201);
        new Shop(admin).awaitListed(own, orderId);

        for (JsonHttp caller : List.of(gateway.bearer(Tokens.customer(own)), Tokens.admin(gateway))) {
            JsonObject overview =
                    caller.get("/api/customers/" + own + "/overview").expect(200);
            assertTrue(overview.getBoolean("complete"), overview::toString);
            JsonObject details =
                    caller.get("/api/orders/" + orderId + "/details").expect(200);
            assertTrue(details.getBoolean("complete"), details::toString);
        }
        gateway.bearer(Tokens.customer(own))
                .get("/api/orders/" + othersOrder + "/details")
                .problem(404);
    }

    /** A refusal: 403, or the 404 of an unknown id, as a problem document. */
    private static void refused(JsonResponse answer, String what) {
        assertTrue(answer.status() == 403 || answer.status() == 404, what + ": " + answer.raw());
        answer.problem(answer.status());
    }

    private String order(String customerId, int quantity) {
        return "{\"customerId\":\"" + customerId + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity
                + "}]}";
    }

    private static String credit(String orderId, String amount) {
        return "{\"orderId\":\"" + orderId + "\",\"amount\":" + amount + "}";
    }

    private String stock(String orderId, int quantity) {
        return "{\"orderId\":\"" + orderId + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}]}";
    }

    private static String profile(String name, String creditLimit) {
        return "{\"name\":\"" + name + "\",\"email\":\"e2e-" + UUID.randomUUID() + "@comptoir.test\",\"creditLimit\":"
                + creditLimit + "}";
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
