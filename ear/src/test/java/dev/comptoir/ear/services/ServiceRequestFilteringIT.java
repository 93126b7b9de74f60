package dev.comptoir.ear.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Services;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services refuse what the gateway refuses, whoever calls them: a body with a property its request does
 * not have or a value of the wrong JSON type (400 naming the field), and an id outside its grammar (400
 * naming the path parameter: NUL, bidirectional controls, anything but a UUID where the service makes
 * UUIDs). Each refusal is a problem document and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceRequestFilteringIT {

    private static final String RIGHT_TO_LEFT_OVERRIDE = "%E2%80%AE";
    private static final String NUL = "%00";

    private final JsonHttp services = Services.http();
    private final Shop shop = new Shop(services);
    private String customer;
    private String sku;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @BeforeEach
    void setUp() {
        customer = shop.customer("Strict", "500");
        sku = shop.product("Strict widget", "1.00", 10);
    }

    @Test
    void aMistypedOrUnknownFieldIs400NamingItAtEachServiceAndChangesNothing() {
        String order = services.post("/orders/", line(1, "")).expect(201).getString("id");

        assertRefusedNaming(services.post("/orders/" + order + "/reject", "{\"reason\":12345}"), "reason");
        assertRefusedNaming(services.post("/orders/", line(1, ",\"status\":\"APPROVED\"")), "status");
        assertRefusedNaming(
                services.post(
                        "/orders/",
                        "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku
                                + "\",\"quantity\":\"2\"}]}"),
                "lines[0].quantity");
        assertRefusedNaming(
                services.put(
                        "/customers/" + customer,
                        "{\"name\":\"Strict\",\"email\":\"s@comptoir.test\",\"creditLimit\":900,\"role\":\"admin\"}"),
                "role");
        assertRefusedNaming(
                services.put(
                        "/customers/" + customer,
                        "{\"name\":\"Strict\",\"email\":\"s@comptoir.test\",\"creditLimit\":true}"),
                "creditLimit");
        assertRefusedNaming(
                services.post("/customers/" + customer + "/credit-reservations", "{\"orderId\":7,\"amount\":1}"),
                "orderId");
        String newSku = "STRICT-" + UUID.randomUUID();
        assertRefusedNaming(
                services.post(
                        "/inventory/products",
                        "{\"sku\":\"" + newSku + "\",\"name\":\"N\",\"price\":1,\"stock\":\"many\"}"),
                "stock");
        assertRefusedNaming(
                services.post(
                        "/inventory/products/" + sku + "/restocks",
                        "{\"restockId\":\"r-" + UUID.randomUUID() + "\",\"quantity\":1,\"stockAfter\":99}"),
                "stockAfter");

        assertEquals("PLACED", services.get("/orders/" + order).expect(200).getString("status"));
        assertEquals(
                1,
                services.get("/orders/" + order + "/events")
                        .body()
                        .asJsonArray()
                        .size());
        assertEquals(
                0,
                services.get("/customers/" + customer)
                        .expect(200)
                        .getJsonNumber("creditLimit")
                        .bigDecimalValue()
                        .compareTo(new BigDecimal("500")));
        services.get("/inventory/products/" + newSku).problem(404);
        assertEquals(10, services.get("/inventory/products/" + sku).expect(200).getInt("stock"));
    }

    @Test
    void anIdOutsideItsGrammarIs400NamingThePathParameter() {
        String order = services.post("/orders/", line(1, "")).expect(201).getString("id");

        assertRefusedNaming(services.get("/customers/" + customer + NUL), "id");
        assertRefusedNaming(services.get("/customers/not-a-customer-id"), "id");
        assertRefusedNaming(services.get("/customers/" + customer + NUL + "/activity"), "customerId");
        assertRefusedNaming(services.get("/orders/" + order + RIGHT_TO_LEFT_OVERRIDE), "id");
        assertRefusedNaming(services.post("/orders/" + order + NUL + "/approve", ""), "id");
        assertRefusedNaming(services.get("/orders/" + order + RIGHT_TO_LEFT_OVERRIDE + "/saga"), "orderId");
        assertRefusedNaming(services.get("/orders/commands/x" + NUL), "id");
        assertRefusedNaming(services.get("/inventory/products/" + sku + RIGHT_TO_LEFT_OVERRIDE), "sku");
        assertRefusedNaming(services.get("/inventory/products/" + sku + "/restocks/r" + NUL), "restockId");
        assertRefusedNaming(services.get("/inventory/reservations/o" + NUL), "orderId");
        assertRefusedNaming(services.get("/inventory/demand/" + sku + NUL), "sku");
        assertRefusedNaming(services.get("/inventory/fulfilment/" + order + RIGHT_TO_LEFT_OVERRIDE), "orderId");
        assertRefusedNaming(
                services.get("/customers/" + customer + "/credit-reservations/o" + RIGHT_TO_LEFT_OVERRIDE), "orderId");
        assertRefusedNaming(services.get("/customers/saga/participations/create-order:" + order + NUL), "sagaId");

        assertEquals("PLACED", services.get("/orders/" + order).expect(200).getString("status"));
    }

    private String line(int quantity, String extra) {
        return "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity
                + "}]" + extra + "}";
    }

    private static void assertRefusedNaming(JsonResponse response, String field) {
        JsonObject problem = response.problem(400);
        assertTrue(
                problem.getJsonArray("violations").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(violation -> violation.getString("field").equals(field)),
                () -> field + " named in " + problem);
    }
}
