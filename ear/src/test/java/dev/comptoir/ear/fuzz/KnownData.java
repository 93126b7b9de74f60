package dev.comptoir.ear.fuzz;

import dev.comptoir.testing.JsonHttp;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Data made for the run, with an admin's token at the services: two customers (A, whose token the customer
 * phase uses, and B, another customer), a product, an order of each; the ids the generator puts where a route
 * takes one, so that requests reach the resources, not only the 404s.
 */
record KnownData(String gateway, String customerA, String customerB, String sku, String orderA, String orderB) {

    static KnownData create(String gateway, String services) {
        JsonHttp admin = new JsonHttp(services);
        String a = customer(admin, "Fuzz A");
        String b = customer(admin, "Fuzz B");
        String sku = "FUZZ-" + UUID.randomUUID();
        admin.post(
                        "/inventory/products",
                        "{\"sku\":\"" + sku + "\",\"name\":\"Fuzz beans\",\"price\":2.50,\"stock\":1000}")
                .expect(201);
        return new KnownData(gateway, a, b, sku, order(admin, a, sku), order(admin, b, sku));
    }

    /** An id for a parameter or property, by its name and the route's path. */
    String idFor(String name, String template, Random random) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("service")) {
            return pick(random, "customers", "orders", "inventory", "nope");
        }
        if (lower.equals("action")) {
            return pick(random, "reset", "release", "force-closed", "disable", "force-open", "nope");
        }
        if (lower.contains("sku") || lower.equals("product") || template.contains("/demand/")) {
            return sku;
        }
        if (lower.contains("customer")
                || template.matches(".*customers/\\{" + name + "}.*") && !lower.contains("order")) {
            return pick(random, customerA, customerB);
        }
        if (lower.contains("order") || template.matches(".*(orders|fulfilment|reservations)/\\{" + name + "}.*")) {
            return pick(random, orderA, orderB);
        }
        return pick(random, customerA, customerB, sku, orderA, orderB, "1");
    }

    private static String pick(Random random, String... values) {
        return List.of(values).get(random.nextInt(values.length));
    }

    private static String customer(JsonHttp admin, String name) {
        return admin.post(
                        "/customers/",
                        "{\"name\":\"" + name + "\",\"email\":\"fuzz-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":500}")
                .expect(201)
                .getString("id");
    }

    private static String order(JsonHttp admin, String customer, String sku) {
        return admin.post(
                        "/orders/",
                        "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}")
                .expect(201)
                .getString("id");
    }
}
