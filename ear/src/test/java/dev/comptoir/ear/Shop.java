package dev.comptoir.ear;

import dev.comptoir.testing.JsonHttp;
import java.util.UUID;

/** Creates customers, products and orders through the services' own HTTP APIs. */
final class Shop {

    private final JsonHttp http;

    Shop(JsonHttp http) {
        this.http = http;
    }

    String customer(String name, String creditLimit) {
        return http.post(
                        "/customers/",
                        "{\"name\":\"" + name + "\",\"email\":\"e2e-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":" + creditLimit + "}")
                .expect(201)
                .getString("id");
    }

    String product(String name, String price, int stock) {
        String sku = "E2E-" + UUID.randomUUID();
        http.post(
                        "/inventory/products",
                        "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"price\":" + price + ",\"stock\":" + stock
                                + "}")
                .expect(201);
        return sku;
    }

    String order(String customerId, String sku1, int quantity1, String sku2, int quantity2) {
        return http.post(
                        "/orders/",
                        "{\"customerId\":\"" + customerId + "\",\"lines\":["
                                + "{\"sku\":\"" + sku1 + "\",\"quantity\":" + quantity1 + "},"
                                + "{\"sku\":\"" + sku2 + "\",\"quantity\":" + quantity2 + "}]}")
                .expect(201)
                .getString("id");
    }
}
