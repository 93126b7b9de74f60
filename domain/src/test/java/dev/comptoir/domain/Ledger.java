package dev.comptoir.domain;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.testing.JsonHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * What the domain's databases and APIs must say after servers were lost under load: Orders' event store (the
 * orders' truth, read with JDBC, including orders whose client got no answer), each order's end, each customer's
 * credit and each product's stock against the approved orders, and each subscriber group's record of the order
 * events it applied (the inbox's {@code PROCESSED_MESSAGE}, one row per group and event) against its effects.
 */
final class Ledger {

    /** Each order-events subscriber group that records what it applied, by the database it records it in. */
    private static final Map<String, String> DATABASE_OF_GROUP = Map.of(
            "customers-order-activity", "comptoir_customers",
            "customers-credit-saga", "comptoir_customers",
            "inventory-product-demand", "comptoir_inventory",
            "inventory-order-ends", "comptoir_inventory",
            "customerview-order-events", "comptoir_aggregator_view");

    /** Sagas whose participant or coordinator was lost end by retries and recovery passes, some minutes apart. */
    private static final Duration SETTLED_WITHIN = Duration.ofMinutes(4);

    private final List<String> customers;
    private final List<String> skus;
    private final JsonHttp orders = Shop.service("orders-1");
    private final JsonHttp customersApi = Shop.service("customers-1");
    private final JsonHttp inventory = Shop.service("inventory-1");

    Ledger(List<String> customers, List<String> skus) {
        this.customers = List.copyOf(customers);
        this.skus = List.copyOf(skus);
    }

    /** An order as Orders' event store has it: placed for a customer, its lines, its events. */
    record PlacedOrder(String id, String customer, Map<String, Integer> lines, List<String> eventIds) {

        BigDecimal total() {
            return lines.values().stream()
                    .map(quantity -> Shop.PRICE.multiply(BigDecimal.valueOf(quantity)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Waits until each order has ended APPROVED or REJECTED, prints how many of each, returns the approved. */
    long awaitEndedAndCountApproved(List<String> orderIds) {
        Map<String, String> ends = awaitEnded(orderIds);
        long approved = ends.values().stream().filter("APPROVED"::equals).count();
        System.out.printf(
                "%d orders acknowledged: %d approved, %d rejected; all ended%n",
                orderIds.size(), approved, orderIds.size() - approved);
        return approved;
    }

    private Map<String, String> awaitEnded(List<String> orderIds) {
        Map<String, String> ends = new TreeMap<>();
        await().atMost(SETTLED_WITHIN).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String id : orderIds) {
                if (!ends.containsKey(id)) {
                    String status = orders.get("/orders/" + id).expect(200).getString("status");
                    if (Set.of("APPROVED", "REJECTED").contains(status)) {
                        ends.put(id, status);
                    }
                }
            }
            assertEquals(orderIds.size(), ends.size(), "orders ended APPROVED or REJECTED");
        });
        return ends;
    }

    /**
     * Each customer's credit: the limit less what its approved orders hold, nothing left reserved; each product's
     * stock plus what approved orders hold is its initial stock. Over every order the event store has, whether or
     * not its client got an answer; waits for the participants' last confirmations and releases.
     */
    void assertCreditAndStockAddUp() {
        await().atMost(SETTLED_WITHIN).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<PlacedOrder> placed = placedOrders();
            Map<String, BigDecimal> held = new HashMap<>();
            Map<String, Integer> taken = new HashMap<>();
            for (PlacedOrder order : placed) {
                String status = orders.get("/orders/" + order.id()).expect(200).getString("status");
                assertEquals(true, Set.of("APPROVED", "REJECTED").contains(status), order.id() + " " + status);
                if (status.equals("APPROVED")) {
                    held.merge(order.customer(), order.total(), BigDecimal::add);
                    order.lines().forEach((sku, quantity) -> taken.merge(sku, quantity, Integer::sum));
                }
            }
            for (String customer : customers) {
                JsonObject view = customersApi.get("/customers/" + customer).expect(200);
                BigDecimal confirmed = held.getOrDefault(customer, BigDecimal.ZERO);
                assertAmount(Shop.LIMIT.subtract(confirmed), view, "creditAvailable");
                assertAmount(confirmed, view, "creditConfirmed");
                assertAmount(BigDecimal.ZERO, view, "creditReserved");
            }
            for (int i = 0; i < skus.size(); i++) {
                String sku = skus.get(i);
                int stock =
                        inventory.get("/inventory/products/" + sku).expect(200).getInt("stock");
                int initial = i == 0 ? Shop.SCARCE_STOCK : Shop.STOCK;
                assertEquals(initial, stock + taken.getOrDefault(sku, 0), sku + ": stock plus approved quantities");
            }
        });
    }

    /**
     * Each group's inbox holds exactly one row for each event of these orders (none lost: the primary key
     * forbids a second), and the effects count each once: each customer's orders placed (Customers' activity),
     * each product's orders (Inventory's demand).
     */
    void assertEachOrderEventAppliedOnceByEachGroup() {
        await().atMost(SETTLED_WITHIN).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<PlacedOrder> placed = placedOrders();
            List<String> events =
                    placed.stream().flatMap(order -> order.eventIds().stream()).toList();
            Map<String, Integer> applied = new TreeMap<>();
            Map<String, Integer> expected = new TreeMap<>();
            for (Map.Entry<String, String> group : DATABASE_OF_GROUP.entrySet()) {
                List<String> ids = events.stream()
                        .map(event -> group.getKey() + "/" + event)
                        .toList();
                expected.put(group.getKey(), ids.size());
                applied.put(group.getKey(), count(group.getValue(), "count(*)", ids));
            }
            assertEquals(expected, applied, "order events each group applied");
            assertCounted(
                    placed,
                    customers,
                    (order, customer) -> order.customer().equals(customer),
                    customersApi,
                    "/customers/%s/activity",
                    "ordersPlaced",
                    "orders placed, as Customers' activity counted them");
            assertCounted(
                    placed,
                    skus,
                    (order, sku) -> order.lines().containsKey(sku),
                    inventory,
                    "/inventory/demand/%s",
                    "orders",
                    "orders, as Inventory's demand counted them");
        });
    }

    /**
     * How many times each group received an event of these orders again after applying it (the inbox's
     * {@code REPEATS}): a relay that sent a row twice, a redelivery after a lost acknowledgement.
     */
    Map<String, Integer> repeatsByGroup() throws SQLException {
        List<String> events = placedOrders().stream()
                .flatMap(order -> order.eventIds().stream())
                .toList();
        Map<String, Integer> repeats = new TreeMap<>();
        for (Map.Entry<String, String> group : DATABASE_OF_GROUP.entrySet()) {
            List<String> ids =
                    events.stream().map(event -> group.getKey() + "/" + event).toList();
            repeats.put(group.getKey(), count(group.getValue(), "coalesce(sum(repeats), 0)", ids));
        }
        return repeats;
    }

    /** For each key, the orders that name it against what the service counted for it (its API's {@code field}). */
    private static void assertCounted(
            List<PlacedOrder> placed,
            List<String> keys,
            BiPredicate<PlacedOrder, String> names,
            JsonHttp service,
            String path,
            String field,
            String what) {
        for (String key : keys) {
            long expected =
                    placed.stream().filter(order -> names.test(order, key)).count();
            assertEquals(
                    expected,
                    service.get(path.formatted(key))
                            .expect(200)
                            .getJsonNumber(field)
                            .longValue(),
                    key + ": " + what);
        }
    }

    /** Every order of these customers in Orders' event store, with the ids of all its events. */
    List<PlacedOrder> placedOrders() throws SQLException {
        try (Connection db = connect("comptoir_orders");
                PreparedStatement placed =
                        db.prepareStatement("select streamid, payload from order_event where type = 'OrderPlaced'"
                                + " and cast(payload as jsonb) ->> 'customerId' = any(?)");
                PreparedStatement events =
                        db.prepareStatement("select streamid, eventid from order_event where streamid = any(?)")) {
            Array customerIds = db.createArrayOf("varchar", customers.toArray());
            placed.setArray(1, customerIds);
            Map<String, JsonObject> payloads = new TreeMap<>();
            try (ResultSet rows = placed.executeQuery()) {
                while (rows.next()) {
                    payloads.put(
                            rows.getString(1),
                            Json.createReader(new StringReader(rows.getString(2)))
                                    .readObject());
                }
            }
            Map<String, List<String>> eventIds = new HashMap<>();
            events.setArray(1, db.createArrayOf("varchar", payloads.keySet().toArray()));
            try (ResultSet rows = events.executeQuery()) {
                while (rows.next()) {
                    eventIds.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
            List<PlacedOrder> orders = new ArrayList<>();
            payloads.forEach((id, payload) -> {
                Map<String, Integer> lines = new TreeMap<>();
                for (JsonValue line : payload.getJsonArray("lines")) {
                    lines.merge(
                            line.asJsonObject().getString("sku"),
                            line.asJsonObject().getInt("quantity"),
                            Integer::sum);
                }
                orders.add(new PlacedOrder(id, payload.getString("customerId"), lines, eventIds.get(id)));
            });
            return orders;
        }
    }

    /** {@code aggregate} over the inbox rows of these ids in that database. */
    private static int count(String database, String aggregate, List<String> ids) throws SQLException {
        try (Connection db = connect(database);
                PreparedStatement count =
                        db.prepareStatement("select " + aggregate + " from processed_message where id = any(?)")) {
            count.setArray(1, db.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + System.getProperty("comptoir.pg.host", "127.0.0.1") + ":"
                        + System.getProperty("comptoir.pg.port", "5432") + "/" + database,
                System.getProperty("comptoir.pg.user", "postgres"),
                "");
    }

    private static void assertAmount(BigDecimal expected, JsonObject view, String name) {
        BigDecimal actual = view.getJsonNumber(name).bigDecimalValue();
        assertEquals(
                0, expected.compareTo(actual), () -> name + " " + actual + ", expected " + expected + " in " + view);
    }
}
