package dev.comptoir.domain;

import static org.awaitility.Awaitility.await;

import dev.comptoir.testing.JsonHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The domain's addresses as its tests use them, and the data they start from: customers and products made on the
 * services' internal listeners (what an operator's tools would do), a client's traffic through the balancer.
 */
final class Shop {

    static final String BALANCER = "http://127.0.0.1:8080/";

    static final int READERS = 4;
    static final int BUYERS = 6;
    static final BigDecimal LIMIT = new BigDecimal("1000.00");
    static final int PRODUCTS = 3;
    static final BigDecimal PRICE = new BigDecimal("10.00");
    static final int STOCK = 500;
    /** One product runs out under the load, so that Inventory refuses some orders. */
    static final int SCARCE_STOCK = 30;

    /** Each server's internal listener (its port offset plus 8180: primary-host.cli, secondary-host.cli). */
    private static final Map<String, Integer> INTERNAL_PORTS = Map.of(
            "customers-1", 9180,
            "orders-1", 10180,
            "inventory-1", 11180,
            "gateway-1", 12180,
            "customers-2", 13180,
            "orders-2", 14180,
            "inventory-2", 15180,
            "gateway-2", 16180);

    /** The gateways' public listeners, behind the balancer. */
    private static final Map<String, Integer> GATEWAYS = Map.of("gateway-1", 12080, "gateway-2", 16080);

    private final DomainServers servers = new DomainServers();

    /** A service's API on one of its instances, e.g. {@code service("orders-1")}: {@code /orders/...}. */
    static JsonHttp service(String server) {
        return new JsonHttp("http://127.0.0.1:" + INTERNAL_PORTS.get(server) + "/");
    }

    /** What a failover test starts from: customers whose overviews are read, customers who buy, and products. */
    record Start(List<String> readers, List<String> buyers, List<String> skus) {}

    /**
     * New customers and products (the first product scarce): each reader with one open order (placed without a
     * saga, so that it stays open), so that each overview asks all three services and costs the same all along.
     */
    Start start(String label) {
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            skus.add(product(label + " " + i, i == 0 ? SCARCE_STOCK : STOCK));
        }
        // The readers' orders are of a product of their own: the buyers' products' counts are the buyers' orders.
        String readersProduct = product(label + " read", STOCK);
        List<String> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            String reader = customer(label + " reader " + i);
            service("orders-1")
                    .post(
                            "/orders/",
                            "{\"customerId\":\"" + reader + "\",\"lines\":[{\"sku\":\"" + readersProduct
                                    + "\",\"quantity\":1}]}")
                    .expect(201);
            readers.add(reader);
        }
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            buyers.add(customer(label + " buyer " + i));
        }
        return new Start(readers, buyers, skus);
    }

    private String customer(String name) {
        return service("customers-1")
                .post(
                        "/customers/",
                        "{\"name\":\"" + name + " " + UUID.randomUUID() + "\",\"email\":\"failover-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":" + LIMIT + "}")
                .expect(201)
                .getString("id");
    }

    private String product(String name, int stock) {
        String sku = "FAILOVER-" + UUID.randomUUID();
        service("inventory-1")
                .post(
                        "/inventory/products",
                        "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"price\":" + PRICE + ",\"stock\":" + stock
                                + "}")
                .expect(201);
        return sku;
    }

    /**
     * Waits until a started server serves clients again: a gateway, once the balancer has it up again; a service's
     * instance, once both gateways have found it ready and sent it calls.
     */
    void awaitServing(String server) {
        String group = server.substring(0, server.indexOf('-'));
        if (group.equals("gateway")) {
            String node = DomainServers.hostOf(server) + ":" + server;
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> servers.balancerNodes().contains(node + " " + NODE_UP));
            return;
        }
        String url = "http://127.0.0.1:" + INTERNAL_PORTS.get(server) + "/" + group;
        for (Integer gateway : GATEWAYS.values()) {
            JsonHttp admin = new JsonHttp("http://127.0.0.1:" + gateway + "/");
            long[] before = new long[1];
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> (before[0] = picks(admin, group, url)) >= 0);
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> picks(admin, group, url) > before[0]);
        }
    }

    /**
     * Waits until a killed server is out of rotation: a gateway, once the balancer no longer has it up; a service's
     * instance, once neither gateway finds it ready.
     */
    void awaitOutOfRotation(String server) {
        String group = server.substring(0, server.indexOf('-'));
        if (group.equals("gateway")) {
            String node = DomainServers.hostOf(server) + ":" + server + " " + NODE_UP;
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !servers.balancerNodes().contains(node));
            return;
        }
        String url = "http://127.0.0.1:" + INTERNAL_PORTS.get(server) + "/" + group;
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> gatewaysView(group, url).values().stream()
                        .allMatch(view -> view.isEmpty()
                                || !view.get().getString("health").equals("UP")));
    }

    private static final String NODE_UP = "NODE_UP";

    /** Calls the gateway has sent to the instance, as its discovery view counts them; -1 while not ready. */
    private static long picks(JsonHttp gateway, String service, String url) {
        JsonObject instance = instance(gateway, service, url)
                .orElseThrow(() -> new AssertionError("the gateway does not know " + url));
        return instance.getString("health").equals("UP")
                ? instance.getJsonNumber("picks").longValue()
                : -1;
    }

    /**
     * Each gateway's view of one instance of a service (its health, the calls it was sent), by gateway; empty where
     * the gateway does not list it.
     */
    static Map<String, Optional<JsonObject>> gatewaysView(String service, String url) {
        Map<String, Optional<JsonObject>> views = new TreeMap<>();
        GATEWAYS.forEach((gateway, port) ->
                views.put(gateway, instance(new JsonHttp("http://127.0.0.1:" + port + "/"), service, url)));
        return views;
    }

    private static Optional<JsonObject> instance(JsonHttp gateway, String service, String url) {
        JsonObject pool = gateway.get("/api/admin/services/" + service).expect(200);
        return pool.getJsonArray("instances").stream()
                .map(JsonValue::asJsonObject)
                .filter(instance -> instance.getString("url").equals(url))
                .findFirst();
    }
}
