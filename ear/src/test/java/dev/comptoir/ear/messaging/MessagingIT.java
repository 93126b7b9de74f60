package dev.comptoir.ear.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Amqp;
import dev.comptoir.ear.support.Core;
import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Services;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.ear.support.Stomp;
import dev.comptoir.testing.Concurrently;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.ServerLog;
import dev.comptoir.testing.Tokens;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messaging on the real broker, driven from outside: orders placed and approved over HTTP, effects read
 * over HTTP, the broker observed and operated through the management API, and external clients on the
 * AMQP/STOMP acceptor and the core protocol (subscribing to the domain topics, sending to order-intake).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagingIT {

    private static final String ORDER_EVENTS = "jms.topic.order-events";
    private static final String ORDER_INTAKE = "jms.queue.order-intake";

    private final JsonHttp http = Tokens.admin(new JsonHttp("http://127.0.0.1:8080/"));
    private final ManagementApi management = new ManagementApi();
    private final Shop shop = new Shop(http);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    /**
     * The first events about a new key, applied at once by a group's sessions: each finds no row of its read model
     * yet, and one of them makes it (ProjectionRows); none fails at commit on the primary key and comes back as a
     * redelivery. Orders placed all at once for a new customer and, three times, a new product.
     */
    @Test
    void theFirstEventsAboutANewKeyAppliedAtOnceEachApplyOnceWithoutAFailure() throws Exception {
        String customer = shop.customer("Burst", "100");
        long mark = ServerLog.end();
        List<String> skus = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            String sku = "FIRST-" + UUID.randomUUID();
            skus.add(sku);
            Map<String, Long> placed = Concurrently.run(16, i -> placeOrder(customer, sku, 1));
            assertEquals(16, placed.size(), "16 orders placed");
        }
        for (String sku : skus) {
            await().atMost(Duration.ofSeconds(30)).until(() -> demand(sku).getInt("orders") == 16);
            assertEquals(16, demand(sku).getInt("unitsOrdered"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> activity(customer).getInt("ordersPlaced") == 48);

        // No consumer's transaction failed at commit on the primary key (the transaction manager's and the
        // resource adapter's WARN, then a redelivery). EclipseLink's own WARN about an insert that lost to another
        // one, in its own transaction, is expected.
        List<String> failures = ServerLog.since(mark).stream()
                .filter(entry -> entry.mentions(customer) || skus.stream().anyMatch(entry::mentions))
                .filter(entry -> entry.level().equals("WARN") || entry.level().equals("ERROR"))
                .filter(entry -> !entry.category().equals("org.eclipse.persistence"))
                .map(ServerLog.Entry::text)
                .toList();
        assertEquals(List.of(), failures);
    }

    @Test
    void eachSubscriberGroupGetsEachEventOnceIncludingAGroupThatWasDownWhenItWasSent() {
        String customer = shop.customer("Subscriber", "100");
        String sku = "DEMAND-" + UUID.randomUUID();
        demandListener("stop-delivery");
        try {
            placeOrder(customer, sku, 3);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> activity(customer).getInt("ordersPlaced") == 1);
            assertEquals(0, demand(sku).getInt("unitsOrdered"), "the stopped group applied nothing");
            assertTrue(subscriptionMessages("inventory-product-demand") >= 1, "the event waits in its subscription");
        } finally {
            demandListener("start-delivery");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> demand(sku).getInt("orders") == 1);
        awaitSubscriptionsDrained();
        assertEquals(3, demand(sku).getInt("unitsOrdered"));
        assertEquals(1, activity(customer).getInt("ordersPlaced"));
        assertEquals(3, activity(customer).getInt("unitsOrdered"));
    }

    @Test
    void competingConsumersShareTheQueueAndEachOrdersLinesArePickedInOrder() throws Exception {
        List<String> skus = List.of("COFFEE-1KG", "MUG-BLUE", "GRINDER", "KETTLE", "COFFEE-1KG", "MUG-BLUE");
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            orders.add(placeOrder("fifo-" + i, skus));
        }
        CompletableFuture.allOf(orders.stream()
                        .map(order -> CompletableFuture.runAsync(() ->
                                http.post("/orders/" + order + "/approve", "").expect(200)))
                        .toArray(CompletableFuture[]::new))
                .get();

        Map<String, List<JsonObject>> picks = orders.stream().collect(Collectors.toMap(order -> order, order -> {
            await().atMost(Duration.ofSeconds(30)).until(() -> picks(order).size() == skus.size());
            return picks(order);
        }));

        picks.forEach((order, lines) -> assertEquals(
                List.of(1, 2, 3, 4, 5, 6),
                lines.stream().map(pick -> pick.getInt("lineNo")).toList(),
                "lines of " + order + " in pick order"));
        Set<String> workers = picks.values().stream()
                .flatMap(List::stream)
                .map(pick -> pick.getString("worker"))
                .collect(Collectors.toSet());
        assertTrue(workers.size() >= 2, () -> "one consumer took everything: " + workers);
        assertTrue(someOrdersOverlap(picks.values()), "orders were picked one after another, not in parallel");
    }

    @Test
    void aPoisonMessageIsDeadLetteredAfterTheConfiguredAttemptsWithNoEffectAndReplayAppliesItOnce() {
        String sku = "POISON-" + UUID.randomUUID();
        String order = placeOrder("poison", List.of(sku));
        http.post("/orders/" + order + "/approve", "").expect(200);

        JsonObject letter =
                await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterOf(order), found -> found != null);
        assertEquals("PickLine", letter.getString("eventType"));
        assertEquals("jms.queue.fulfilment", letter.getString("originalQueue"));
        int configuredAttempts = management
                .read("subsystem/messaging-activemq/server/default/address-setting/%23")
                .getInt("max-delivery-attempts");
        JsonArray attempts = http.get("/inventory/admin/delivery-failures?eventId=" + letter.getString("eventId"))
                .body()
                .asJsonArray();
        assertEquals(configuredAttempts, attempts.size(), attempts::toString);
        assertEquals(
                List.of(1, 2, 3, 4, 5).subList(0, configuredAttempts),
                attempts.stream().map(a -> a.asJsonObject().getInt("attempt")).toList());
        assertEquals(0, picks(order).size(), "no effect while dead-lettered");

        http.post("/inventory/products", "{\"sku\":\"" + sku + "\",\"name\":\"Fixed\",\"price\":1,\"stock\":1}")
                .expect(201);
        http.post("/api/admin/dead-letters/" + letter.getString("id") + "/replay", "")
                .expect(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> picks(order).size() == 1);
        assertEquals(null, deadLetterOf(order), "replayed out of the dead-letter queue");
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertEquals(1, picks(order).size(), "applied once");
    }

    /** STOMP sends no JMS message id: the dead letter is named by what the broker gave it, and opens and replays. */
    @Test
    void aPoisonMessageSentOverStompWithoutAJmsIdIsListedOpenedAndReplayedByItsId() throws Exception {
        String sku = "POISON-STOMP-" + UUID.randomUUID();
        String order = UUID.randomUUID().toString();
        // Only Orders sends to the fulfilment queue: the test stands in for it, over STOMP (no JMS message id).
        try (Stomp stomp = new Stomp("orders.jms")) {
            stomp.send(
                    "SEND",
                    Map.of(
                            "destination",
                            "jms.queue.fulfilment",
                            "persistent",
                            "true",
                            "eventId",
                            UUID.randomUUID().toString(),
                            "eventType",
                            "PickLine",
                            "eventKey",
                            order,
                            "schemaVersion",
                            "1",
                            "occurredAt",
                            Instant.now().toString(),
                            "content-type",
                            "application/json"),
                    "{\"orderId\":\"" + order + "\",\"lineNo\":1,\"lineCount\":1,\"sku\":\"" + sku
                            + "\",\"quantity\":1}");
        }

        JsonObject letter =
                await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterOf(order), found -> found != null);
        assertEquals("jms.queue.fulfilment", letter.getString("originalQueue"));
        assertTrue(letter.get("id") instanceof JsonString, letter::toString);
        String id = letter.getString("id");
        assertEquals(
                order, http.get("/api/admin/dead-letters/" + id).expect(200).getString("eventKey"));

        Services.http()
                .post("/inventory/products", "{\"sku\":\"" + sku + "\",\"name\":\"Fixed\",\"price\":1,\"stock\":1}")
                .expect(201);
        http.post("/api/admin/dead-letters/" + id + "/replay", "").expect(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> picks(order).size() == 1);
        assertEquals(null, deadLetterOf(order), "replayed out of the dead-letter queue");
        http.get("/api/admin/dead-letters/" + id).problem(404);
    }

    @Test
    void aDuplicatedDeliveryOfOneEventIdHasOneEffect() {
        String customer = shop.customer("Duplicate", "100");
        String sku = "DUP-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String body = Json.createObjectBuilder()
                .add("orderId", UUID.randomUUID().toString())
                .add("customerId", customer)
                .add("placedAt", Instant.now().toString())
                .add(
                        "lines",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("sku", sku).add("quantity", 2)))
                .build()
                .toString();
        // Sent as Orders would, logged in as Orders: outside clients may not send to order-events (BrokerSecurityIT).
        try (JMSContext amqp = Amqp.connectAs("orders.jms")) {
            Topic orderEvents = amqp.createTopic(ORDER_EVENTS);
            for (int copy = 0; copy < 2; copy++) {
                amqp.createProducer()
                        .setProperty("eventId", eventId)
                        .setProperty("eventType", "OrderPlaced")
                        .setProperty("schemaVersion", 1)
                        .setProperty("occurredAt", Instant.now().toString())
                        .send(orderEvents, body);
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> demand(sku).getInt("orders") >= 1);
        awaitSubscriptionsDrained();
        assertEquals(1, activity(customer).getInt("ordersPlaced"));
        assertEquals(1, demand(sku).getInt("orders"));
        assertEquals(2, demand(sku).getInt("unitsOrdered"));
    }

    @Test
    void anExternalAmqpClientReceivesTheEventsTheServerPublishesWithTheirIdentity() throws Exception {
        String requestId = "amqp-" + UUID.randomUUID();
        try (JMSContext amqp = Amqp.connect();
                JMSConsumer events =
                        amqp.createConsumer(amqp.createTopic(ORDER_EVENTS), "correlationId = '" + requestId + "'")) {
            // The test names the request: its correlation id travels from HTTP into the event's properties.
            String order = http.post(
                            "/orders/",
                            "{\"customerId\":\"amqp\",\"lines\":[{\"sku\":\"KETTLE\",\"quantity\":1}]}",
                            "X-Request-Id",
                            requestId)
                    .expect(201)
                    .getString("id");
            Message placed = events.receive(10_000);
            assertNotNull(placed, "no OrderPlaced over AMQP");
            assertEquals("OrderPlaced", placed.getStringProperty("eventType"));
            assertEquals(2, placed.getIntProperty("schemaVersion"), "OrderPlaced v2: numbered lines");
            assertNotNull(placed.getStringProperty("eventId"));
            assertNotNull(Instant.parse(placed.getStringProperty("occurredAt")));
            JsonObject payload = Json.createReader(new StringReader(((TextMessage) placed).getText()))
                    .readObject();
            assertEquals(order, payload.getString("orderId"));
        }
    }

    @Test
    void aRestockIsPublishedAsStockRestockedAndEveryGroupOnInventoryEventsTakesItWithoutAFailure() throws Exception {
        String sku = shop.product("Restocked", "3.00", 2);
        String requestId = "restock-" + UUID.randomUUID();
        String eventId;
        try (JMSContext amqp = Amqp.connect();
                JMSConsumer events = amqp.createConsumer(
                        amqp.createTopic("jms.topic.inventory-events"), "eventKey = '" + sku + "'")) {
            http.post(
                            "/inventory/products/" + sku + "/restocks",
                            "{\"restockId\":\"" + requestId + "\",\"quantity\":5}",
                            "X-Request-Id",
                            requestId)
                    .expect(201);
            Message restocked = events.receive(10_000);
            assertNotNull(restocked, "no StockRestocked over AMQP");
            assertEquals("StockRestocked", restocked.getStringProperty("eventType"));
            assertEquals(1, restocked.getIntProperty("schemaVersion"));
            assertEquals(requestId, restocked.getStringProperty("correlationId"));
            eventId = restocked.getStringProperty("eventId");
            JsonObject payload = Json.createReader(new StringReader(((TextMessage) restocked).getText()))
                    .readObject();
            assertEquals(sku, payload.getString("sku"));
            assertEquals(5, payload.getInt("quantity"));
            assertEquals(7, payload.getInt("stock"));
            assertEquals(requestId, payload.getString("restockId"));
        }
        // The groups on inventory-events select what they act on by eventType: a new type is taken and dropped,
        // never retried, recorded as a failure or dead-lettered.
        List<String> groups =
                List.of("customerview-inventory-events", "customers-stock-refusals", "orders-stock-outcomes");
        await().atMost(Duration.ofSeconds(20)).until(() -> groups.stream().allMatch(q -> subscriptionMessages(q) == 0));
        for (String service : List.of("/customers", "/orders", "")) {
            assertEquals(
                    0,
                    http.get(service + "/admin/delivery-failures?eventId=" + eventId)
                            .body()
                            .asJsonArray()
                            .size(),
                    service);
        }
        assertEquals(null, deadLetterOf(sku));
    }

    @Test
    void anExternalStompClientPlacesAnOrderThroughTheIntakeAndReceivesItsOrderPlacedOnItsOwnSubscription()
            throws Exception {
        String customer = shop.customer("Stomp", "100");
        String eventId = UUID.randomUUID().toString();
        try (Stomp stomp = new Stomp()) {
            stomp.send(
                    "SUBSCRIBE",
                    Map.of("id", "1", "destination", ORDER_EVENTS, "selector", "correlationId = '" + eventId + "'"),
                    "");
            stomp.send(
                    "SEND",
                    Map.of(
                            "destination",
                            ORDER_INTAKE,
                            "eventId",
                            eventId,
                            "eventType",
                            "PlaceOrder",
                            "schemaVersion",
                            "1",
                            "occurredAt",
                            Instant.now().toString(),
                            "correlationId",
                            eventId,
                            "content-type",
                            "application/json"),
                    placeOrderCommand(customer, "GRINDER", 4));
            Stomp.Frame received = stomp.receive();
            assertEquals("MESSAGE", received.command(), received::toString);
            assertEquals("OrderPlaced", received.headers().get("eventType"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> activity(customer).getInt("unitsOrdered") == 4);
    }

    @Test
    void anExternalCoreClientThroughTheHttpPortPlacesAnOrderThroughTheIntakeAndReceivesItsOrderPlaced()
            throws Exception {
        String customer = shop.customer("Core", "100");
        String eventId = UUID.randomUUID().toString();
        try (JMSContext core = Core.connect();
                JMSConsumer mine =
                        core.createConsumer(core.createTopic(ORDER_EVENTS), "correlationId = '" + eventId + "'")) {
            core.createProducer()
                    .setProperty("eventId", eventId)
                    .setProperty("eventType", "PlaceOrder")
                    .setProperty("schemaVersion", 1)
                    .setProperty("occurredAt", Instant.now().toString())
                    .setProperty("correlationId", eventId)
                    .send(core.createQueue(ORDER_INTAKE), placeOrderCommand(customer, "KETTLE", 5));
            Message received = mine.receive(10_000);
            assertNotNull(received, "no OrderPlaced over the core protocol");
            assertEquals("OrderPlaced", received.getStringProperty("eventType"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> activity(customer).getInt("unitsOrdered") == 5);
    }

    @Test
    void aCommandPostedOverHttpIsQueuedWith202AndItsStatusUrlShowsItToCompletion() {
        String customer = shop.customer("Async", "100");
        JsonResponse accepted = http.post(
                "/orders/",
                "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"MUG-BLUE\",\"quantity\":2}]}",
                "Prefer",
                "respond-async");
        assertEquals(202, accepted.status(), accepted::raw);
        assertEquals("respond-async", accepted.header("Preference-Applied"));
        String status = accepted.location();
        assertTrue(status.contains("/orders/commands/"), status);
        assertTrue(Set.of("QUEUED", "COMPLETED").contains(accepted.object().getString("status")));

        JsonObject completed = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> http.get(status).expect(200),
                        command -> command.getString("status").equals("COMPLETED"));
        JsonObject order = http.get(completed.getString("order")).expect(200);
        assertEquals(customer, order.getString("customerId"));
        assertEquals(2, order.getJsonArray("lines").getJsonObject(0).getInt("quantity"));

        JsonObject refused = http.post("/orders/", "{\"customerId\":\"\",\"lines\":[]}", "Prefer", "respond-async")
                .problem(400);
        assertTrue(refused.getString("detail").contains("customerId")
                || refused.toString().contains("customerId"));
    }

    private String placeOrder(String customer, String sku, int quantity) {
        return http.post(
                        "/orders/",
                        "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":"
                                + quantity + "}]}")
                .expect(201)
                .getString("id");
    }

    private String placeOrder(String customer, List<String> skus) {
        String lines = skus.stream()
                .map(sku -> "{\"sku\":\"" + sku + "\",\"quantity\":1}")
                .collect(Collectors.joining(","));
        return http.post("/orders/", "{\"customerId\":\"" + customer + "\",\"lines\":[" + lines + "]}")
                .expect(201)
                .getString("id");
    }

    /** The body of a PlaceOrder command, as an outside producer sends it to order-intake. */
    static String placeOrderCommand(String customer, String sku, int quantity) {
        return "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity
                + "}]}";
    }

    private JsonObject activity(String customer) {
        return http.get("/customers/" + customer + "/activity").expect(200);
    }

    private JsonObject demand(String sku) {
        return http.get("/inventory/demand/" + sku).expect(200);
    }

    private List<JsonObject> picks(String order) {
        return http.get("/inventory/fulfilment/" + order).body().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private JsonObject deadLetterOf(String order) {
        return http.get("/api/admin/dead-letters?key=" + order).body().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(letter -> order.equals(letter.getString("eventKey", null)))
                .findFirst()
                .orElse(null);
    }

    private void demandListener(String operation) {
        management.delivery(operation, "ProductDemandListener", "comptoir.ear", "inventory.war");
    }

    private long subscriptionMessages(String queue) {
        return management.messagesIn(queue);
    }

    private void awaitSubscriptionsDrained() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> subscriptionMessages("customers-order-activity") == 0
                        && subscriptionMessages("inventory-product-demand") == 0);
    }

    /** Whether two orders' pick spans overlap in time: different orders were worked in parallel. */
    private static boolean someOrdersOverlap(Collection<List<JsonObject>> picksPerOrder) {
        List<Instant[]> spans = picksPerOrder.stream()
                .map(picks -> new Instant[] {
                    Instant.parse(picks.get(0).getString("pickedAt")),
                    Instant.parse(picks.get(picks.size() - 1).getString("pickedAt"))
                })
                .sorted(Comparator.comparing(span -> span[0]))
                .toList();
        Instant latestEnd = spans.get(0)[1];
        for (Instant[] span : spans.subList(1, spans.size())) {
            if (span[0].isBefore(latestEnd)) {
                return true;
            }
            latestEnd = span[1].isAfter(latestEnd) ? span[1] : latestEnd;
        }
        return false;
    }
}
