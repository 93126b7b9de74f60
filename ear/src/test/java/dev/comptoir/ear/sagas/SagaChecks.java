package dev.comptoir.ear.sagas;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ManagementApi;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the saga tests of both styles place and check, through the services' HTTP APIs. */
final class SagaChecks {

    /** Settled: a participant may still be confirming or compensating when the saga has answered. */
    static final Duration SETTLED = Duration.ofSeconds(20);

    private final JsonHttp http;
    private final Shop shop;

    SagaChecks(JsonHttp http) {
        this.http = http;
        this.shop = new Shop(http);
    }

    Shop shop() {
        return shop;
    }

    /** A customer with this credit limit, 5 beans at 10.00 and so many cups at 2.50. */
    Basket basket(String name, String creditLimit, int cupsInStock) {
        return new Basket(
                shop.customer(name, creditLimit),
                shop.product("Beans", "10.00", 5),
                shop.product("Cups", "2.50", cupsInStock));
    }

    record Basket(String customer, String beans, String cups) {}

    /** 2 beans and 4 cups: 30.00, in a saga of that style ({@code orchestrated} or {@code choreographed}). */
    JsonObject place(String style, Basket basket, String moreQuery) {
        var placed = http.post(
                "/orders/?saga=" + style + moreQuery,
                "{\"customerId\":\"" + basket.customer() + "\",\"lines\":["
                        + "{\"sku\":\"" + basket.beans() + "\",\"quantity\":2},"
                        + "{\"sku\":\"" + basket.cups() + "\",\"quantity\":4}]}");
        JsonObject order = placed.expect(201);
        assertNotNull(placed.header("Link"), "a Link to the saga");
        assertTrue(placed.header("Link").contains("/orders/" + order.getString("id") + "/saga"), placed::toString);
        return order;
    }

    static void assertRejected(JsonObject order, String reasonStart) {
        assertEquals("REJECTED", order.getString("status"));
        assertTrue(order.getString("rejectionReason").startsWith(reasonStart), order::toString);
    }

    void assertCredit(String customer, String available, String reserved, String confirmed) {
        await().atMost(SETTLED).untilAsserted(() -> {
            JsonObject view = http.get("/customers/" + customer).expect(200);
            assertAmount(available, view, "creditAvailable");
            assertAmount(reserved, view, "creditReserved");
            assertAmount(confirmed, view, "creditConfirmed");
        });
    }

    void assertStock(String sku, int stock) {
        await().atMost(SETTLED)
                .untilAsserted(() -> assertEquals(
                        stock,
                        http.get("/inventory/products/" + sku).expect(200).getInt("stock")));
    }

    private static void assertAmount(String expected, JsonObject view, String name) {
        BigDecimal actual = view.getJsonNumber(name).bigDecimalValue();
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> name + " " + actual + " in " + view);
    }

    static List<String> steps(JsonObject saga) {
        return saga.getJsonArray("steps").stream()
                .map(JsonValue::asJsonObject)
                .map(step -> step.getString("name") + " " + step.getString("outcome"))
                .toList();
    }

    static Map<String, String> participants(JsonObject saga) {
        JsonObject participants = saga.getJsonObject("participants");
        return Map.of(
                "customers", participants.getString("customers"), "inventory", participants.getString("inventory"));
    }

    /** A participation's one operator action, of that kind, by the test server's operator; for more checks. */
    static JsonObject assertOneOperatorAction(JsonObject participation, String action) {
        JsonArray actions = participation.getJsonArray("operatorActions");
        assertEquals(1, actions.size(), actions::toString);
        JsonObject only = actions.getJsonObject(0);
        assertEquals(action, only.getString("action"));
        assertEquals(ManagementApi.credentials().getProperty("operator.user"), only.getString("operator"));
        return only;
    }
}
