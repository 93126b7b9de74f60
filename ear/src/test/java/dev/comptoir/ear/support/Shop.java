package dev.comptoir.ear.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.testing.JsonHttp;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creates customers, products and orders through the services' own HTTP APIs. */
public final class Shop {

    private final JsonHttp http;

    public Shop(JsonHttp http) {
        this.http = http;
    }

    public String customer(String name, String creditLimit) {
        return http.post(
                        "/customers/",
                        "{\"name\":\"" + name + "\",\"email\":\"e2e-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":" + creditLimit + "}")
                .expect(201)
                .getString("id");
    }

    public String product(String name, String price, int stock) {
        String sku = "E2E-" + UUID.randomUUID();
        http.post(
                        "/inventory/products",
                        "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"price\":" + price + ",\"stock\":" + stock
                                + "}")
                .expect(201);
        return sku;
    }

    /**
     * Waits until a customer's order list (Orders' read side, fed asynchronously) shows these orders as the
     * write side has them now: a query right after a command may not see it yet (CQRS).
     */
    public void awaitListed(String customerId, String... orderIds) {
        Map<String, Integer> versions = new HashMap<>();
        for (String id : orderIds) {
            versions.put(id, http.get("/orders/" + id).expect(200).getInt("version"));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http.get("/orders/?customerId=" + customerId).body().asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .collect(Collectors.toMap(order -> order.getString("id"), order -> order.getInt("version")))
                        .equals(versions));
    }

    public String order(String customerId, String sku1, int quantity1, String sku2, int quantity2) {
        return http.post(
                        "/orders/",
                        "{\"customerId\":\"" + customerId + "\",\"lines\":["
                                + "{\"sku\":\"" + sku1 + "\",\"quantity\":" + quantity1 + "},"
                                + "{\"sku\":\"" + sku2 + "\",\"quantity\":" + quantity2 + "}]}")
                .expect(201)
                .getString("id");
    }

    /** Asserts the customer's available credit as Customers has it, e.g. {@code "970"}. */
    public void assertCredit(String customerId, String available) {
        BigDecimal actual = http.get("/customers/" + customerId)
                .expect(200)
                .getJsonNumber("creditAvailable")
                .bigDecimalValue();
        assertEquals(0, new BigDecimal(available).compareTo(actual), () -> "credit available " + actual);
    }

    /** The body of a create-order command with one line, in Orders' shape (and the gateway's v2). */
    public static String oneLineOrder(String customerId, String sku, int quantity) {
        return "{\"customerId\":\"" + customerId + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity
                + "}]}";
    }
}
