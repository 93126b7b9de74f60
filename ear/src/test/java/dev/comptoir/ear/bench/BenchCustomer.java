package dev.comptoir.ear.bench;

import dev.comptoir.testing.JsonHttp;
import java.util.UUID;

/** The benchmarks' customer: one of its own, with one order, so that its views compose from all three services. */
final class BenchCustomer {

    private BenchCustomer() {}

    /** Registers the customer and places its order; answers the customer's id. */
    static String withOneOrder(JsonHttp http) {
        String customer = http.post(
                        "/customers/",
                        "{\"name\":\"Bench\",\"email\":\"bench-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":100}")
                .expect(201)
                .getString("id");
        http.post("/orders/", "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"MUG-BLUE\",\"quantity\":1}]}")
                .expect(201);
        return customer;
    }
}
