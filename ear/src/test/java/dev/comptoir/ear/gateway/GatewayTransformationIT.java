package dev.comptoir.ear.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes through the gateway: v2 forwarded as it is, v1's older shape mapped onto v2 and answered in v1's,
 * {@code Prefer: respond-async} turned into a JMS command by Orders (202, then the status URL under /api shows
 * it done), each checked against Orders itself; and, on a copy of the aggregator with its response cache on
 * (/cached), a read right after a write that shows the write.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayTransformationIT {

    @Deployment(name = "ear", order = 1, testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @Deployment(name = "cached", order = 2, testable = false)
    static WebArchive cachingAggregator() {
        return Deployments.cachingAggregator();
    }

    @ArquillianResource
    @OperateOnDeployment("ear")
    URL base;

    private JsonHttp admin;
    private JsonHttp customer;
    private String customerId;
    private String sku;

    @BeforeEach
    void setUp() {
        JsonHttp anonymous = new JsonHttp("http://" + base.getHost() + ":" + base.getPort() + "/");
        admin = Tokens.admin(anonymous);
        Shop shop = new Shop(admin);
        customerId = shop.customer("Transformed", "1000");
        sku = shop.product("Transformed widget", "3.00", 100);
        customer = anonymous.bearer(Tokens.customer(customerId));
    }

    @Test
    void v1sRenamedFieldsPlaceARealOrderAndTheAnswerComesInV1sShape() {
        JsonResponse placed = customer.post(
                "/api/v1/orders",
                "{\"customer\":\"" + customerId + "\",\"items\":[{\"product\":\"" + sku + "\",\"qty\":3}]}");

        JsonObject v1 = placed.expect(201);
        assertEquals(Set.of("id", "customer", "state", "items"), v1.keySet(), v1::toString);
        assertEquals(customerId, v1.getString("customer"));
        assertEquals("PLACED", v1.getString("state"));
        assertEquals(
                Set.of("product", "qty"),
                v1.getJsonArray("items").getJsonObject(0).keySet());
        assertEquals(sku, v1.getJsonArray("items").getJsonObject(0).getString("product"));
        assertEquals(3, v1.getJsonArray("items").getJsonObject(0).getInt("qty"));
        assertTrue(placed.location().endsWith("/api/orders/" + v1.getString("id") + "/details"), placed::location);

        JsonObject stored = admin.get("/orders/" + v1.getString("id")).expect(200);
        assertEquals(customerId, stored.getString("customerId"));
        assertEquals(sku, stored.getJsonArray("lines").getJsonObject(0).getString("sku"));
        assertEquals(3, stored.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
    }

    @Test
    void v2IsForwardedAsItIsAndItsLocationIsTheGatewaysDetails() {
        JsonResponse placed = customer.post("/api/v2/orders", v2(2));

        JsonObject order = placed.expect(201);
        assertEquals(customerId, order.getString("customerId"));
        assertEquals(2, order.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertEquals(200, admin.get("/orders/" + order.getString("id")).status(), "Orders has it");
        JsonObject details = customer.get(placed.location()).expect(200);
        assertEquals(order.getString("id"), details.getString("orderId"), details::toString);
    }

    @Test
    void respondAsyncQueuesTheCommandAnd202sStatusUrlShowsTheOrderOnceItIsPlaced() {
        JsonResponse accepted = customer.post("/api/v2/orders", v2(4), "Prefer", "respond-async");

        JsonObject queued = accepted.expect(202);
        String location = accepted.location();
        assertTrue(location.endsWith("/api/orders/commands/" + queued.getString("id")), location);
        assertEquals("respond-async", accepted.header("Preference-Applied"));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        "COMPLETED".equals(customer.get(location).expect(200).getString("status")));
        JsonObject done = customer.get(location).expect(200);
        String orderId = done.getString("orderId");
        assertTrue(done.getString("order").endsWith("/api/orders/" + orderId + "/details"), done::toString);
        JsonObject stored = admin.get("/orders/" + orderId).expect(200);
        assertEquals(customerId, stored.getString("customerId"));
        assertEquals(4, stored.getJsonArray("lines").getJsonObject(0).getInt("quantity"));

        JsonHttp someoneElse = new JsonHttp("http://" + base.getHost() + ":" + base.getPort() + "/")
                .bearer(Tokens.customer(new Shop(admin).customer("Nosy", "10")));
        someoneElse.get(location).problem(404);
    }

    @Test
    void aReadRightAfterAWriteThroughTheGatewayShowsTheWrite() {
        String overview = "/cached/api/customers/" + customerId + "/overview";
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "HIT".equals(customer.get(overview).header("X-Cache")));
        assertEquals(
                0, customer.get(overview).expect(200).getJsonArray("orders").size());

        for (int i = 1; i <= 3; i++) {
            String placed =
                    customer.post("/cached/api/v2/orders", v2(i)).expect(201).getString("id");

            JsonObject after = customer.get(overview).expect(200);
            assertEquals(i, after.getJsonArray("orders").size(), after::toString);
            assertTrue(
                    after.getJsonArray("orders").stream()
                            .map(JsonValue::asJsonObject)
                            .anyMatch(listed -> listed.getString("orderId").equals(placed)),
                    () -> "the new order at once: " + after);
        }
    }

    private String v2(int quantity) {
        return "{\"customerId\":\"" + customerId + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity
                + "}]}";
    }
}
