package dev.comptoir.ear.fuzz;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Facts about the data, read with an admin's token at the services before and after each phase, so that a
 * change made by a caller who was not entitled to it shows: each fact has a name, and a phase names the facts
 * its callers may change.
 */
final class Snapshot {

    static final String PROFILE_A = "customer A's profile";
    static final String ORDER_A = "order A";

    private Snapshot() {}

    static Map<String, String> take(String services, KnownData known) {
        JsonHttp admin = new JsonHttp(services);
        Map<String, String> facts = new TreeMap<>();
        facts.put(PROFILE_A, profile(admin, known.customerA()));
        facts.put("customer B's profile", profile(admin, known.customerB()));
        facts.put(
                "customer B's credit reservations",
                read(admin, "/customers/" + known.customerB() + "/credit-reservations"));
        facts.put("customers (count)", field(admin, "/customers/?size=1", "total", "count"));
        facts.put("products (count)", field(admin, "/inventory/products?size=1", "total", "count"));
        facts.put("product (name, price)", fields(admin, "/inventory/products/" + known.sku(), "name", "price"));
        facts.put(ORDER_A, read(admin, "/orders/" + known.orderA()));
        facts.put("order B", read(admin, "/orders/" + known.orderB()));
        facts.put("customer B's orders", read(admin, "/orders/?customerId=" + known.customerB()));
        return facts;
    }

    /** The facts that differ, with both values. */
    static Map<String, String> changed(Map<String, String> before, Map<String, String> after, Set<String> mayChange) {
        return before.keySet().stream()
                .filter(fact -> !mayChange.contains(fact) && !before.get(fact).equals(after.get(fact)))
                .collect(Collectors.toMap(
                        fact -> fact, fact -> "before " + before.get(fact) + "\n      after  " + after.get(fact)));
    }

    private static String profile(JsonHttp admin, String id) {
        return fields(admin, "/customers/" + id, "name", "email", "creditLimit");
    }

    private static String read(JsonHttp admin, String path) {
        JsonResponse answer = admin.get(path);
        return answer.status() + " " + answer.raw();
    }

    private static String field(JsonHttp admin, String path, String... names) {
        JsonResponse answer = admin.get(path);
        if (answer.status() != 200) {
            return answer.status() + " " + answer.raw();
        }
        JsonObject object = answer.object();
        for (String name : names) {
            if (object.containsKey(name)) {
                return object.get(name).toString();
            }
        }
        return object.toString();
    }

    private static String fields(JsonHttp admin, String path, String... names) {
        JsonResponse answer = admin.get(path);
        if (answer.status() != 200) {
            return answer.status() + " " + answer.raw();
        }
        JsonObject object = answer.object();
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(name)
                    .append('=')
                    .append(object.getOrDefault(name, JsonValue.NULL))
                    .append(' ');
        }
        return text.toString().strip();
    }
}
