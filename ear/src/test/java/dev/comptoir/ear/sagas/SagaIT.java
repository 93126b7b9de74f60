package dev.comptoir.ear.sagas;

import static dev.comptoir.ear.sagas.SagaChecks.assertRejected;
import static dev.comptoir.ear.sagas.SagaChecks.participants;
import static dev.comptoir.ear.sagas.SagaChecks.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.sagas.SagaChecks.Basket;
import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.Concurrently;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The orchestrated create-order saga on the real LRA coordinator: Orders starts the LRA, Customers and
 * Inventory join it, and closing or cancelling it confirms or releases what they hold.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SagaIT {

    private static final String LRA_HEADER = "Long-Running-Action";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private String server;
    private JsonHttp http;
    private Shop shop;
    private SagaChecks checks;
    private final HttpClient raw =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void client() {
        server = "http://" + base.getHost() + ":" + base.getPort();
        http = new JsonHttp(server + "/");
        checks = new SagaChecks(http);
        shop = checks.shop();
    }

    @Test
    void approvesTheOrderAndConfirmsCreditAndStockWhenBothAgree() {
        Basket basket = basket("Saga Yes", "500", 10);
        String customer = basket.customer();

        JsonObject order = placeWithSaga(basket);

        assertEquals("APPROVED", order.getString("status"));
        String id = order.getString("id");
        assertCredit(customer, "470.00", "0", "30.00");
        assertEquals(
                "CONFIRMED",
                http.get("/customers/" + customer + "/credit-reservations/" + id)
                        .expect(200)
                        .getString("status"));
        assertEquals(
                "CONFIRMED",
                http.get("/inventory/reservations/" + id).expect(200).getString("status"));
        assertStock(basket.beans(), 3);
        assertStock(basket.cups(), 6);

        JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
        assertEquals("ORCHESTRATED", saga.getString("style"));
        assertEquals("CONFIRMED", saga.getString("state"));
        assertTrue(saga.getString("lraId").contains("/lra-coordinator/"), saga::toString);
        assertEquals(
                List.of(
                        "place-order DONE",
                        "start-lra DONE",
                        "price-order DONE",
                        "reserve-credit DONE",
                        "reserve-stock DONE",
                        "close-lra DONE",
                        "approve-order DONE"),
                steps(saga));
        assertEquals(Map.of("customers", "Completed", "inventory", "Completed"), participants(saga));
    }

    @Test
    void rejectsTheOrderWithTheReasonAndHoldsNothingWhenCreditIsRefused() {
        Basket basket = basket("Saga Poor", "20", 10);
        String customer = basket.customer();

        JsonObject order = placeWithSaga(basket);

        assertRejected(order, "Credit refused: ");
        String id = order.getString("id");
        assertCredit(customer, "20.00", "0", "0");
        http.get("/customers/" + customer + "/credit-reservations/" + id).problem(404);
        http.get("/inventory/reservations/" + id).problem(404);
        assertStock(basket.beans(), 5);
        assertStock(basket.cups(), 10);

        JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
        assertEquals("COMPENSATED", saga.getString("state"));
        assertEquals(order.getString("rejectionReason"), saga.getString("reason"));
        assertEquals(
                List.of(
                        "place-order DONE",
                        "start-lra DONE",
                        "price-order DONE",
                        "reserve-credit REFUSED",
                        "cancel-lra DONE",
                        "reject-order DONE"),
                steps(saga));
        // Customers joined the LRA before it refused, so it was asked to compensate; Inventory never was.
        assertEquals(Map.of("customers", "Compensated", "inventory", "unknown"), participants(saga));
    }

    @Test
    void releasesTheCreditAndRejectsTheOrderWhenStockIsShort() {
        Basket basket = basket("Saga Short", "500", 3);
        String customer = basket.customer();

        JsonObject order = placeWithSaga(basket);

        assertRejected(order, "Stock refused: ");
        String id = order.getString("id");
        assertCredit(customer, "500.00", "0", "0");
        assertEquals(
                "RELEASED",
                http.get("/customers/" + customer + "/credit-reservations/" + id)
                        .expect(200)
                        .getString("status"));
        http.get("/inventory/reservations/" + id).problem(404);
        assertStock(basket.beans(), 5);
        assertStock(basket.cups(), 3);
        JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
        assertEquals("COMPENSATED", saga.getString("state"));
        assertEquals(Map.of("customers", "Compensated", "inventory", "Compensated"), participants(saga));
    }

    @Test
    void releasesTheCreditAndRejectsTheOrderWhenInventoryFails() {
        Basket basket = basket("Saga Fault", "500", 10);
        String customer = basket.customer();
        Faults faults = new Faults(server + "/");
        faults.fail("inventory", "saga/stock-reservations");
        JsonObject order;
        try {
            order = placeWithSaga(basket);
        } finally {
            faults.clear("inventory");
        }

        assertRejected(order, "Stock failed: ");
        assertCredit(customer, "500.00", "0", "0");
        assertStock(basket.beans(), 5);
        assertStock(basket.cups(), 10);
    }

    @Test
    void aTimeLimitThatCancelsTheSagaDuringAReservationLeavesNoReservationBehind() {
        Basket basket = basket("Saga Slow", "500", 10);
        Faults faults = new Faults(server + "/");
        // Inventory takes 4 s to reserve; the LRA's time limit cancels the saga after 1.5 s, in the middle of it.
        faults.delay("inventory", "saga/stock-reservations", 4_000);
        JsonObject order;
        try {
            order = placeWithSaga(basket, "&timeLimitMs=1500");
        } finally {
            faults.clear("inventory");
        }

        assertRejected(order, "Stock ");
        String id = order.getString("id");
        assertCredit(basket.customer(), "500.00", "0", "0");
        http.get("/inventory/reservations/" + id).problem(404);
        assertStock(basket.beans(), 5);
        assertStock(basket.cups(), 10);
        assertEquals(
                "COMPENSATED", http.get("/orders/" + id + "/saga").expect(200).getString("state"));
    }

    @Test
    void concurrentSagasHoldExactlyWhatTheApprovedOrdersNeedAndNothingForTheRejectedOnes() throws Exception {
        // Credit for 10 mugs, stock for 8: 20 sagas at once, and exactly 8 may end approved.
        String customer = shop.customer("Saga Crowd", "100");
        String mug = shop.product("Mug", "10.00", 8);
        Map<String, String> statuses = new ConcurrentHashMap<>();

        Map<String, Long> outcomes = Concurrently.run(20, i -> {
            JsonObject order = http.post(
                            "/orders/?saga=orchestrated",
                            "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + mug
                                    + "\",\"quantity\":1}]}")
                    .expect(201);
            statuses.put(order.getString("id"), order.getString("status"));
            return order.getString("status");
        });

        assertEquals(Map.of("APPROVED", 8L, "REJECTED", 12L), outcomes);
        assertCredit(customer, "20.00", "0", "80.00");
        assertStock(mug, 0);
        statuses.forEach((id, status) -> {
            JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
            if (status.equals("APPROVED")) {
                assertEquals("CONFIRMED", saga.getString("state"));
                assertEquals(
                        "CONFIRMED",
                        http.get("/inventory/reservations/" + id).expect(200).getString("status"));
            } else {
                assertEquals("COMPENSATED", saga.getString("state"));
                http.get("/inventory/reservations/" + id).problem(404);
            }
        });
    }

    @Test
    void aCompensationThatArrivesBeforeItsReservationLeavesNothingReserved() throws Exception {
        String customer = shop.customer("Saga Early", "500");
        String beans = shop.product("Beans", "10.00", 5);
        String orderId = UUID.randomUUID().toString();
        String lra = send("POST", server + "/lra-coordinator/lra-coordinator/start?ClientID=early", null, null)
                .body()
                .trim();
        try {
            // The coordinator's compensations, delivered before the reservations they undo.
            assertEquals("Compensated", participantCall("PUT", "/customers/saga/credit-reservations/compensate", lra));
            assertEquals("Compensated", participantCall("PUT", "/inventory/saga/stock-reservations/compensate", lra));

            HttpResponse<String> credit = send(
                    "POST",
                    server + "/customers/saga/credit-reservations",
                    lra,
                    "{\"customerId\":\"" + customer + "\",\"orderId\":\"" + orderId + "\",\"amount\":30}");
            HttpResponse<String> stock = send(
                    "POST",
                    server + "/inventory/saga/stock-reservations",
                    lra,
                    "{\"orderId\":\"" + orderId + "\",\"lines\":[{\"sku\":\"" + beans + "\",\"quantity\":2}]}");

            assertEquals(409, credit.statusCode(), credit::body);
            assertTrue(credit.body().contains("saga-ended"), credit::body);
            assertEquals(409, stock.statusCode(), stock::body);
            assertTrue(stock.body().contains("saga-ended"), stock::body);
            assertCredit(customer, "500.00", "0", "0");
            http.get("/customers/" + customer + "/credit-reservations/" + orderId)
                    .problem(404);
            http.get("/inventory/reservations/" + orderId).problem(404);
            assertStock(beans, 5);
            assertEquals("Compensated", participantCall("GET", "/customers/saga/credit-reservations/status", lra));
        } finally {
            send("PUT", lra + "/cancel", null, null);
        }
    }

    @Test
    void refusesAnUnknownSagaStyleWithAProblem() {
        String customer = shop.customer("Saga Style", "500");
        String beans = shop.product("Beans", "10.00", 5);
        JsonObject problem = http.post(
                        "/orders/?saga=telepathic",
                        "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + beans + "\",\"quantity\":1}]}")
                .problem(400);
        assertEquals("urn:comptoir:problem:bad-saga-style", problem.getString("type"));
        http.get("/orders/" + UUID.randomUUID() + "/saga").problem(404);
    }

    @Test
    void refusesAParticipantCallOutsideAnLraWithAProblemAndReservesNothing() {
        String customer = shop.customer("Saga None", "500");
        String orderId = UUID.randomUUID().toString();
        http.post(
                        "/customers/saga/credit-reservations",
                        "{\"customerId\":\"" + customer + "\",\"orderId\":\"" + orderId + "\",\"amount\":30}")
                .problem(412);
        assertCredit(customer, "500.00", "0", "0");
        http.get("/customers/" + customer + "/credit-reservations/" + orderId).problem(404);
    }

    private Basket basket(String name, String creditLimit, int cupsInStock) {
        return checks.basket(name, creditLimit, cupsInStock);
    }

    private JsonObject placeWithSaga(Basket basket) {
        return placeWithSaga(basket, "");
    }

    private JsonObject placeWithSaga(Basket basket, String moreQuery) {
        return checks.place("orchestrated", basket, moreQuery);
    }

    private void assertCredit(String customer, String available, String reserved, String confirmed) {
        checks.assertCredit(customer, available, reserved, confirmed);
    }

    private void assertStock(String sku, int stock) {
        checks.assertStock(sku, stock);
    }

    private String participantCall(String method, String path, String lra) throws Exception {
        HttpResponse<String> response = send(method, server + path, lra, null);
        assertEquals(200, response.statusCode(), response::body);
        return response.body().trim();
    }

    private HttpResponse<String> send(String method, String url, String lra, String json) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(ServiceUrls.route(URI.create(url))).timeout(Duration.ofSeconds(30));
        if (!url.endsWith("/compensate") && !url.endsWith("/complete") && !url.endsWith("/status")) {
            // The participants' reservations take a token; their callbacks, like the coordinator's calls, none.
            request.header("Authorization", "Bearer " + Tokens.suite());
        }
        if (lra != null) {
            request.header(LRA_HEADER, lra);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return raw.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
