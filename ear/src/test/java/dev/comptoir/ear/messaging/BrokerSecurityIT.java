package dev.comptoir.ear.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Amqp;
import dev.comptoir.ear.support.Core;
import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.ear.support.Stomp;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.jms.Destination;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Per-address security in the broker, tried as an outside client would (the application user, over the core
 * protocol through port 8080, AMQP and STOMP): only the owning service sends to its topic or queue, so a forged
 * event is refused at send and applied nowhere; outside clients still subscribe to the domain topics, and what
 * they may send goes to order-intake, where Orders validates it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrokerSecurityIT {

    private static final String CUSTOMER_EVENTS = "jms.topic.customer-events";
    private static final String ORDER_EVENTS = "jms.topic.order-events";

    private final JsonHttp http = Tokens.admin(new JsonHttp("http://127.0.0.1:8080/"));
    private final Shop shop = new Shop(http);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void aForgedCustomerChangedIsRefusedOnEveryProtocolAndTheViewFollowsOnlyTheRealChange() throws Exception {
        String customer = shop.customer("Honest", "100");
        await().atMost(Duration.ofSeconds(20)).until(() -> name(customer).equals("Honest"));
        String forged = forgedCustomerChanged(customer);

        try (JMSContext amqp = Amqp.connect();
                JMSConsumer subscriber =
                        amqp.createConsumer(amqp.createTopic(CUSTOMER_EVENTS), "eventKey = '" + customer + "'")) {
            try (JMSContext core = Core.connect()) {
                assertThrows(
                        JMSSecurityRuntimeException.class,
                        () -> forge(core, core.createTopic(CUSTOMER_EVENTS), "CustomerChanged", customer, forged),
                        "core");
            }
            assertThrows(
                    JMSSecurityRuntimeException.class,
                    () -> forge(amqp, amqp.createTopic(CUSTOMER_EVENTS), "CustomerChanged", customer, forged),
                    "AMQP");
            try (Stomp stomp = new Stomp()) {
                stomp.send(
                        "SEND",
                        Map.of(
                                "destination",
                                CUSTOMER_EVENTS,
                                "receipt",
                                "forged",
                                "eventId",
                                UUID.randomUUID().toString(),
                                "eventType",
                                "CustomerChanged",
                                "schemaVersion",
                                "1",
                                "occurredAt",
                                Instant.now().toString(),
                                "eventKey",
                                customer),
                        forged);
                Stomp.Frame answer = stomp.receive();
                assertEquals("ERROR", answer.command(), answer::toString);
            }

            http.put(
                            "/customers/" + customer,
                            "{\"name\":\"Renamed\",\"email\":\"renamed-" + UUID.randomUUID()
                                    + "@comptoir.test\",\"creditLimit\":150}")
                    .expect(200);

            // The first event the outside subscriber gets about this customer is the real change, not a forgery.
            Message first = subscriber.receive(10_000);
            assertNotNull(first, "the real CustomerChanged reached no outside subscriber");
            assertEquals("CustomerChanged", first.getStringProperty("eventType"));
            assertEquals("Renamed", payload(first).getString("name"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> name(customer).equals("Renamed"));
        BigDecimal limit = view(customer).getJsonNumber("creditLimit").bigDecimalValue();
        assertEquals(0, new BigDecimal("150").compareTo(limit), () -> "credit limit " + limit);
    }

    @Test
    void outsideClientsSendToNoServicesTopicOrQueueAndNothingIsDelivered() {
        try (JMSContext core = Core.connect()) {
            Map<String, Function<JMSContext, Destination>> owned = Map.of(
                    "order-events", jms -> jms.createTopic(ORDER_EVENTS),
                    "inventory-events", jms -> jms.createTopic("jms.topic.inventory-events"),
                    "breaker-transitions", jms -> jms.createTopic("jms.topic.breaker-transitions"),
                    "fulfilment", jms -> jms.createQueue("jms.queue.fulfilment"),
                    "order-commands", jms -> jms.createQueue("jms.queue.order-commands"),
                    "DLQ", jms -> jms.createQueue("jms.queue.DLQ"));
            owned.forEach((name, destination) -> {
                String key = "forged-" + UUID.randomUUID();
                assertThrows(
                        JMSSecurityRuntimeException.class,
                        () -> forge(core, destination.apply(core), "OrderPlaced", key, "{\"orderId\":\"" + key + "\"}"),
                        name);
            });
            // Nothing got through to a topic's subscribers either: a forgery on order-events reaches no one.
            String key = "forged-" + UUID.randomUUID();
            try (JMSContext amqp = Amqp.connect();
                    JMSConsumer subscriber =
                            amqp.createConsumer(amqp.createTopic(ORDER_EVENTS), "eventKey = '" + key + "'")) {
                assertThrows(
                        JMSSecurityRuntimeException.class,
                        () -> forge(amqp, amqp.createTopic(ORDER_EVENTS), "OrderPlaced", key, "{}"));
                assertNull(subscriber.receive(1_000));
            }
        }
    }

    @Test
    void outsideClientsMaySubscribeToTheDomainTopicsButNotTakeFromTheServicesQueues() {
        try (JMSContext core = Core.connect()) {
            for (String topic : List.of(CUSTOMER_EVENTS, ORDER_EVENTS, "jms.topic.inventory-events")) {
                core.createConsumer(core.createTopic(topic)).close();
            }
            for (String queue : List.of("jms.queue.fulfilment", "jms.queue.order-commands", "jms.queue.DLQ")) {
                assertThrows(
                        JMSSecurityRuntimeException.class, () -> core.createConsumer(core.createQueue(queue)), queue);
            }
        }
    }

    @Test
    void anOutsideProducersOrderGoesThroughTheIntakeWhereOrdersPlacesAValidOneAndRefusesAnInvalidOne()
            throws Exception {
        String customer = shop.customer("Intake", "100");
        String valid = UUID.randomUUID().toString();
        String invalid = UUID.randomUUID().toString();
        try (JMSContext amqp = Amqp.connect();
                JMSConsumer placed =
                        amqp.createConsumer(amqp.createTopic(ORDER_EVENTS), "correlationId = '" + valid + "'")) {
            intake(amqp, valid, MessagingIT.placeOrderCommand(customer, "MUG-BLUE", 3));
            intake(amqp, invalid, MessagingIT.placeOrderCommand(customer, "MUG-BLUE", 0));

            Message orderPlaced = placed.receive(10_000);
            assertNotNull(orderPlaced, "the valid command placed no order");
            assertEquals("OrderPlaced", orderPlaced.getStringProperty("eventType"));
            assertEquals(customer, payload(orderPlaced).getString("customerId"));
        }
        JsonObject failure = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> http.get("/orders/admin/delivery-failures?eventId=" + invalid)
                                .body()
                                .asJsonArray(),
                        failures -> !failures.isEmpty())
                .getJsonObject(0);
        assertTrue(failure.getString("reason").contains("quantity"), failure::toString);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> http.get("/api/admin/dead-letters?key=" + invalid)
                                .body()
                                .asJsonArray()
                                .size()
                        == 1);
        // The valid command's order is the customer's only one.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http.get("/orders/?customerId=" + customer)
                                .body()
                                .asJsonArray()
                                .size()
                        == 1);
        JsonObject order =
                http.get("/orders/?customerId=" + customer).body().asJsonArray().getJsonObject(0);
        assertEquals(3, order.getJsonArray("lines").getJsonObject(0).getInt("quantity"), order::toString);
    }

    private static void forge(JMSContext jms, Destination destination, String type, String key, String body) {
        jms.createProducer()
                .setProperty("eventId", UUID.randomUUID().toString())
                .setProperty("eventType", type)
                .setProperty("schemaVersion", 1)
                .setProperty("occurredAt", Instant.now().toString())
                .setProperty("eventKey", key)
                .send(destination, body);
    }

    private static void intake(JMSContext jms, String eventId, String body) {
        jms.createProducer()
                .setProperty("eventId", eventId)
                .setProperty("eventType", "PlaceOrder")
                .setProperty("schemaVersion", 1)
                .setProperty("occurredAt", Instant.now().toString())
                .setProperty("correlationId", eventId)
                .setProperty("eventKey", eventId)
                .send(jms.createQueue("jms.queue.order-intake"), body);
    }

    private static String forgedCustomerChanged(String customer) {
        return Json.createObjectBuilder()
                .add("customerId", customer)
                .add("name", "FORGED " + customer)
                .add("creditLimit", 1_000_000)
                .add("creditAvailable", 1_000_000)
                .build()
                .toString();
    }

    private static JsonObject payload(Message message) throws Exception {
        return Json.createReader(new StringReader(((TextMessage) message).getText()))
                .readObject();
    }

    private String name(String customer) {
        JsonObject view = http.get("/api/views/customers/" + customer).body().asJsonObject();
        return view.getString("name", "");
    }

    private JsonObject view(String customer) {
        return http.get("/api/views/customers/" + customer).expect(200);
    }
}
