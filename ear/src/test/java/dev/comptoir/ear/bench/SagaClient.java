package dev.comptoir.ear.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.testing.JsonHttp;
import java.util.UUID;

/**
 * A client of the create-order flow with a customer of its own (with this credit limit) and a product of its own
 * with stock for every order of a run, so that clients at once measure the flow, not the queue on one row.
 */
final class SagaClient {

    static final String ORCHESTRATED = "/orders/?saga=orchestrated";
    static final String CHOREOGRAPHED = "/orders/?saga=choreographed";

    private final JsonHttp http;
    private final String customer;
    private final String sku;

    SagaClient(JsonHttp http, String creditLimit) {
        this.http = http;
        customer = http.post(
                        "/customers/",
                        "{\"name\":\"Bench\",\"email\":\"bench-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":" + creditLimit + "}")
                .expect(201)
                .getString("id");
        sku = "BENCH-" + UUID.randomUUID();
        http.post(
                        "/inventory/products",
                        "{\"sku\":\"" + sku + "\",\"name\":\"Bench\",\"price\":2.00,\"stock\":1000000}")
                .expect(201);
    }

    /** The client's own customer. */
    String customer() {
        return customer;
    }

    /**
     * What the saga does, as plain calls with no saga: place, price, reserve credit and stock, confirm both (what
     * the saga's close has the participants do), approve.
     */
    void plainFlow() {
        String order = http.post("/orders/", orderOfOne()).expect(201).getString("id");
        String price = http.get("/inventory/products/" + sku)
                .expect(200)
                .getJsonNumber("price")
                .toString();
        http.post(
                        "/customers/" + customer + "/credit-reservations",
                        "{\"orderId\":\"" + order + "\",\"amount\":" + price + "}")
                .expect(201);
        reserveStock(order);
        http.post("/customers/" + customer + "/credit-reservations/" + order + "/confirm", "")
                .expect(200);
        http.post("/inventory/reservations/" + order + "/confirm", "").expect(200);
        assertEquals(
                "APPROVED",
                http.post("/orders/" + order + "/approve", "").expect(200).getString("status"));
    }

    /** Places an order of one unit of the product at {@code path} and checks the status it ends in. */
    void place(String path, String expectedStatus) {
        assertEquals(expectedStatus, http.post(path, orderOfOne()).expect(201).getString("status"));
    }

    /** Reserves one unit of the product for this order id (Inventory does not check that the order exists). */
    void reserveStock(String order) {
        http.post(
                        "/inventory/reservations",
                        "{\"orderId\":\"" + order + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}")
                .expect(201);
    }

    private String orderOfOne() {
        return "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}";
    }
}
