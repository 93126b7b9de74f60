package dev.comptoir.ear.cqrs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Amqp;
import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Overviews;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.Tokens;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The aggregator's cross-service read model against the API composition it stands in for, through HTTP on
 * the real server: the same answer once the events are in, each event applied once, nothing lost when an
 * order's events come before its customer's, and a late event never undoing a later one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerViewIT {

    private static final String ORDER_EVENTS = "jms.topic.order-events";

    private final JsonHttp http = Tokens.admin(new JsonHttp("http://127.0.0.1:8080/"));
    private final ManagementApi management = new ManagementApi();
    private final Shop shop = new Shop(http);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void theViewComesToAnswerWhatTheCompositionAnswers() {
        String customer = shop.customer("Viewed", "100");
        String mug = shop.product("Mug", "5.00", 10);
        String reserved = shop.order(customer, mug, 1, mug, 1);
        String approved = shop.order(customer, mug, 2, mug, 2);
        String cancelled = shop.order(customer, mug, 3, mug, 1);
        http.post("/orders/" + approved + "/approve", "").expect(200);
        http.post("/orders/" + cancelled + "/cancel", "").expect(200);
        http.post("/customers/" + customer + "/credit-reservations", "{\"orderId\":\"" + reserved + "\",\"amount\":15}")
                .expect(201);
        http.post(
                        "/inventory/reservations",
                        "{\"orderId\":\"" + reserved + "\",\"lines\":[{\"sku\":\"" + mug + "\",\"quantity\":2}]}")
                .expect(201);
        shop.awaitListed(customer, reserved, approved, cancelled);
        JsonObject composed =
                http.get("/api/customers/" + customer + "/overview").expect(200);
        assertTrue(composed.getBoolean("complete"), composed.toString());
        assertEquals(
                new BigDecimal("85"),
                composed.getJsonNumber("creditAvailable").bigDecimalValue().stripTrailingZeros());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertEquals(Overviews.comparable(composed), Overviews.comparable(view(customer))));
        JsonObject view = view(customer);
        assertEquals(3, view.getJsonArray("orders").size());
        assertNotNull(http.get("/api/views/customers/" + customer).header("Last-Event-At"));
    }

    @Test
    void aDuplicatedEventIsAppliedOnce() {
        String customer = shop.customer("Duplicated", "100");
        String order = UUID.randomUUID().toString();
        String lineAdded = UUID.randomUUID().toString();
        try (JMSContext amqp = Amqp.connectAs("orders.jms")) {
            send(amqp, UUID.randomUUID().toString(), "OrderPlaced", 1, placed(order, customer, 2));
            for (int copy = 0; copy < 2; copy++) {
                send(amqp, lineAdded, "LineAdded", 2, lineAdded(order, customer, 5));
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> itemCount(customer, order) == 7);
        awaitDrained();
        assertEquals(7, itemCount(customer, order), "the second copy of the LineAdded event changed nothing");
    }

    @Test
    void anOrdersEventsThatComeBeforeItsCustomerAreKept() {
        customerListener("stop-delivery");
        String customer;
        String order;
        try {
            customer = shop.customer("Late profile", "100");
            String mug = shop.product("Mug", "5.00", 10);
            order = shop.order(customer, mug, 1, mug, 2);
            http.post("/orders/" + order + "/approve", "").expect(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> management.messagesIn("customerview-order-events") == 0);
            http.get("/api/views/customers/" + customer).problem(404);
        } finally {
            customerListener("start-delivery");
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http.get("/api/views/customers/" + customer).status() == 200);
        JsonObject shown = view(customer).getJsonArray("orders").getJsonObject(0);
        assertEquals(order, shown.getString("orderId"));
        assertEquals("APPROVED", shown.getString("status"));
        assertEquals(3, shown.getInt("itemCount"));
        assertEquals("Late profile", view(customer).getString("name"));
    }

    @Test
    void aLateEventDoesNotUndoALaterOne() {
        String customer = shop.customer("Out of order", "100");
        String order = UUID.randomUUID().toString();
        try (JMSContext amqp = Amqp.connectAs("orders.jms")) {
            send(amqp, UUID.randomUUID().toString(), "OrderCancelled", 3, about(order, customer));
            await().atMost(Duration.ofSeconds(20)).until(() -> management.messagesIn("customerview-order-events") == 0);
            send(amqp, UUID.randomUUID().toString(), "OrderApproved", 2, about(order, customer));
            send(amqp, UUID.randomUUID().toString(), "OrderPlaced", 1, placed(order, customer, 4));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> itemCount(customer, order) == 4);
        awaitDrained();
        JsonObject shown = view(customer).getJsonArray("orders").getJsonObject(0);
        assertEquals("CANCELLED", shown.getString("status"), "version 3 stays, whatever came after it");
        assertEquals(false, shown.getBoolean("open"));
    }

    @Test
    void anUnknownCustomerIsA404ProblemAndABadLimitA400() {
        JsonObject problem =
                http.get("/api/views/customers/" + UUID.randomUUID()).problem(404);
        assertEquals(404, problem.getInt("status"));
        http.get("/api/views/customers/" + UUID.randomUUID() + "?limit=0").problem(400);
    }

    private JsonObject view(String customer) {
        return http.get("/api/views/customers/" + customer).expect(200);
    }

    private int itemCount(String customer, String order) {
        if (http.get("/api/views/customers/" + customer).status() != 200) {
            return -1;
        }
        return view(customer).getJsonArray("orders").stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getString("orderId").equals(order))
                .mapToInt(o -> o.getInt("itemCount"))
                .findFirst()
                .orElse(-1);
    }

    private void awaitDrained() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> management.messagesIn("customerview-order-events") == 0
                        && management.messagesIn("customerview-customer-events") == 0);
    }

    private void customerListener(String operation) {
        management.delivery(operation, "CustomerEventsListener", "comptoir.ear", "aggregator.war");
    }

    /** An event as Orders sends it (stream version included), from an external client logged in as Orders. */
    private static void send(JMSContext amqp, String eventId, String type, long version, JsonObject body) {
        JMSProducer producer = amqp.createProducer()
                .setProperty("eventId", eventId)
                .setProperty("eventType", type)
                .setProperty("schemaVersion", type.equals("OrderPlaced") ? 2 : 1)
                .setProperty("occurredAt", Instant.now().toString())
                .setProperty("keyVersion", version);
        producer.send(amqp.createTopic(ORDER_EVENTS), body.toString());
    }

    private static JsonObject about(String order, String customer) {
        return Json.createObjectBuilder()
                .add("orderId", order)
                .add("customerId", customer)
                .build();
    }

    private static JsonObject placed(String order, String customer, int quantity) {
        return Json.createObjectBuilder(about(order, customer))
                .add("placedAt", Instant.now().toString())
                .add(
                        "lines",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("lineNo", 1)
                                        .add("sku", "VIEW-" + UUID.randomUUID())
                                        .add("quantity", quantity)))
                .build();
    }

    private static JsonObject lineAdded(String order, String customer, int quantity) {
        return Json.createObjectBuilder(about(order, customer))
                .add(
                        "line",
                        Json.createObjectBuilder()
                                .add("lineNo", 2)
                                .add("sku", "VIEW-" + UUID.randomUUID())
                                .add("quantity", quantity))
                .build();
    }
}
