package dev.comptoir.orders;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ManagementApi;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Orders WAR deployed alone on Comptoir's server, driven over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ordersWar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp http;

    @BeforeEach
    void client() {
        http = new JsonHttp(base.toString());
    }

    private static String order(String customerId, String lines) {
        return "{\"customerId\":\"" + customerId + "\",\"lines\":[" + lines + "]}";
    }

    @Test
    void deploysOnItsOwnAtContextRootOrdersAndIsReadyOnBothDatabases() {
        assertTrue(base.getPath().startsWith("/orders"), base::toString);
        JsonObject readiness = new ManagementApi().readiness();
        Set<String> up = readiness.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(check -> check.getString("status").equals("UP"))
                .map(check -> check.getString("name"))
                .collect(Collectors.toSet());
        assertTrue(up.containsAll(Set.of("orders-database", "orders-view-database")), readiness::toString);
    }

    @Test
    void placesReadsAndListsOrdersOfACustomer() {
        String customer = UUID.randomUUID().toString();
        JsonObject first = http.post("/", order(customer, "{\"sku\":\"MUG-BLUE\",\"quantity\":2}"))
                .expect(201);
        JsonObject second = http.post(
                        "/",
                        order(customer, "{\"sku\":\"COFFEE-1KG\",\"quantity\":1},{\"sku\":\"GRINDER\",\"quantity\":1}"))
                .expect(201);
        assertEquals("PLACED", first.getString("status"));

        JsonObject read = http.get("/" + second.getString("id")).expect(200);
        assertEquals(customer, read.getString("customerId"));
        assertEquals(2, read.getJsonArray("lines").size());
        assertEquals("GRINDER", read.getJsonArray("lines").getJsonObject(1).getString("sku"));

        // The list is the read side, fed asynchronously: it has both orders soon, not at once.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http.get("/?customerId=" + customer).array().size() == 2);
        assertEquals(0, http.get("/?customerId=" + UUID.randomUUID()).array().size());
    }

    @Test
    void cancelsAnOpenOrderOnce() {
        String id = http.post("/", order(UUID.randomUUID().toString(), "{\"sku\":\"MUG-BLUE\",\"quantity\":1}"))
                .expect(201)
                .getString("id");

        assertEquals(
                "CANCELLED", http.post("/" + id + "/cancel", "").expect(200).getString("status"));
        assertEquals("CANCELLED", http.get("/" + id).expect(200).getString("status"));
        http.post("/" + id + "/cancel", "").problem(409);
        http.post("/" + UUID.randomUUID() + "/cancel", "").problem(404);
    }

    @Test
    void answersBadInputWithProblemDocuments() {
        http.send("POST", "/", "application/json", "{\"customerId\":").problem(400);
        String fields = http.post("/", "{\"lines\":[]}")
                .problem(400)
                .getJsonArray("violations")
                .toString();
        assertTrue(fields.contains("customerId") && fields.contains("lines"), fields);
        String quantity = http.post("/", order("c-1", "{\"sku\":\"MUG-BLUE\",\"quantity\":-3}"))
                .problem(400)
                .getJsonArray("violations")
                .toString();
        assertTrue(quantity.contains("lines[0].quantity"), quantity);
        http.post("/", order("c-1", "{\"sku\":\"MUG-BLUE\"}")).problem(400);
        http.get("/" + UUID.randomUUID()).problem(404);
        http.get("/").problem(400);
    }
}
