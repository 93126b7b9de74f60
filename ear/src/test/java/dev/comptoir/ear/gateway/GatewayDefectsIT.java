package dev.comptoir.ear.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a client found wrong with the gateway (issue 22, items 3, 5, 6 and 7), each tried as that client did:
 * ids that would walk out of their path segment, a failing Inventory under a customer's open order, the credit
 * left after an approved order, sagas and what the gateway does not know.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayDefectsIT {

    private static final String ORDERS_BREAKER = "/api/admin/breakers/orders";
    private static final String INVENTORY_BREAKER = "/api/admin/breakers/inventory";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp admin;
    private JsonHttp operator;
    /** Calls made straight to the services (setting up, and checking what they hold): this one base URL. */
    private JsonHttp direct;

    private Faults faults;
    private Shop shop;
    private String customerId;
    private JsonHttp customer;
    private String sku;

    @BeforeEach
    void setUp() {
        String server = "http://" + base.getHost() + ":" + base.getPort() + "/";
        JsonHttp anonymous = new JsonHttp(server).anonymous();
        admin = Tokens.admin(new JsonHttp(server));
        operator = Tokens.operator(admin);
        direct = admin;
        faults = new Faults(server);
        shop = new Shop(direct);
        customerId = shop.customer("Defects", "100.00");
        customer = anonymous.bearer(Tokens.customer(customerId));
        sku = shop.product("Defect widget", "10.00", 50);
        restoreBreakers();
    }

    @AfterEach
    void restore() {
        faults.clear("inventory");
        restoreBreakers();
    }

    private void restoreBreakers() {
        for (String breaker : List.of(ORDERS_BREAKER, INVENTORY_BREAKER, "/api/admin/breakers/customers")) {
            operator.delete(breaker).expect(200);
        }
    }

    @Test
    void encodedSeparatorsInIdsAre400AndOpenNoBreakerForEveryoneElse() {
        String order = placeDirectly(customerId, sku, 1);
        List<Integer> statuses = new ArrayList<>();
        List<JsonObject> problems = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JsonResponse answer = customer.get("/api/orders/..%2Fx/details");
            statuses.add(answer.status());
            if (answer.status() == 400) {
                problems.add(answer.problem(400));
            }
        }
        for (int i = 0; i < 10; i++) {
            statuses.add(admin.get("/api/customers/..%2Fx").status());
        }

        assertEquals("CLOSED", operator.get(ORDERS_BREAKER).expect(200).getString("state"), statuses::toString);
        assertEquals(
                "CLOSED",
                operator.get("/api/admin/breakers/customers").expect(200).getString("state"),
                statuses::toString);
        assertEquals(
                order,
                admin.get("/api/orders/" + order + "/details").expect(200).getString("orderId"));
        assertTrue(statuses.stream().allMatch(status -> status == 400), statuses::toString);
        problems.forEach(problem -> assertEquals("id", field(problem), problem::toString));
    }

    @Test
    void anOpenOrdersStockMissingUnderAFailingInventoryIsAPartialAnswerNotA500() {
        String order = placeDirectly(customerId, sku, 1);
        shop.awaitListed(customerId, order);
        faults.fail("inventory", ".*");

        assertPartialWithoutStock(order);

        operator.post(INVENTORY_BREAKER + "/force-open", "").expect(200);
        assertPartialWithoutStock(order);
    }

    private void assertPartialWithoutStock(String order) {
        JsonObject overview =
                admin.get("/api/customers/" + customerId + "/overview").expect(200);
        assertFalse(overview.getBoolean("complete"), overview::toString);
        JsonObject stock = overview.getJsonObject("sources").getJsonObject("stock:" + order);
        assertNotEquals("ok", stock.getString("status"), overview::toString);
        JsonObject line = overview.getJsonArray("orders").getJsonObject(0);
        assertTrue(line.isNull("stock"), overview::toString);
        assertFalse(admin.get("/bff/web/customers/" + customerId).expect(200).getBoolean("complete"));
        assertTrue(admin.get("/bff/mobile/customers/" + customerId).expect(200).getBoolean("partial"));
    }

    @Test
    void theCreditLeftAfterAnApprovedOrderDoesNotTakeItsAmountTwice() {
        JsonObject approved = direct.post("/orders/?saga=orchestrated", order(customerId, sku, 1))
                .expect(201);
        assertEquals("APPROVED", approved.getString("status"), approved::toString);
        String placed = placeDirectly(customerId, sku, 2);

        JsonObject afterApproved = admin.get("/api/orders/" + approved.getString("id") + "/details")
                .expect(200);
        assertAmount("90.00", afterApproved.getJsonObject("customer"), "creditAvailable");
        assertAmount("90.00", afterApproved, "creditAvailableAfterOrder");
        assertAmount("70.00", admin.get("/api/orders/" + placed + "/details").expect(200), "creditAvailableAfterOrder");
    }

    @Test
    void bothSagaStylesAndTheirTimeLimitStartThroughTheGatewayInEitherVersion() {
        JsonObject orchestrated = customer.post(
                        "/api/v2/orders?saga=orchestrated&timeLimitMs=60000", order(customerId, sku, 1))
                .expect(201);
        assertEquals("APPROVED", orchestrated.getString("status"), orchestrated::toString);
        JsonObject saga =
                direct.get("/orders/" + orchestrated.getString("id") + "/saga").expect(200);
        assertEquals("ORCHESTRATED", saga.getString("style"), saga::toString);
        assertEquals("CONFIRMED", saga.getString("state"), saga::toString);

        JsonObject choreographed = customer.post(
                        "/api/v1/orders?saga=choreographed",
                        "{\"customer\":\"" + customerId + "\",\"items\":[{\"product\":\"" + sku + "\",\"qty\":1}]}")
                .expect(201);
        assertEquals("APPROVED", choreographed.getString("state"), choreographed::toString);
        assertEquals(
                "CHOREOGRAPHED",
                direct.get("/orders/" + choreographed.getString("id") + "/saga")
                        .expect(200)
                        .getString("style"));
    }

    @Test
    void anUnknownSagaStyleOrQueryParameterIs400AndNothingIsPlaced() {
        JsonObject bogus = customer.post("/api/v2/orders?saga=bogus", order(customerId, sku, 1))
                .problem(400);
        assertTrue(bogus.getString("detail").contains("bogus"), bogus::toString);
        JsonObject unknown = customer.post("/api/v2/orders?sagas=orchestrated", order(customerId, sku, 1))
                .problem(400);
        assertEquals("sagas", field(unknown), unknown::toString);
        customer.post("/api/v2/orders?timeLimitMs=soon&saga=orchestrated", order(customerId, sku, 1))
                .problem(400);
        assertOnlyOrderIsTheNextOne();
    }

    @Test
    void anUnknownCustomerOrProductIs422NamingTheFieldAndNothingIsPlaced() {
        String nobody = UUID.randomUUID().toString();
        JsonObject noCustomer =
                admin.post("/api/v2/orders", order(nobody, sku, 1)).problem(422);
        assertEquals("customerId", field(noCustomer), noCustomer::toString);
        assertEquals(
                0,
                direct.get("/orders/?customerId=" + nobody).body().asJsonArray().size());

        JsonObject noProduct = customer.post("/api/v2/orders", order(customerId, "NO-SUCH-" + UUID.randomUUID(), 1))
                .problem(422);
        assertEquals("lines[0].sku", field(noProduct), noProduct::toString);
        JsonObject noProductV1 = customer.post(
                        "/api/v1/orders",
                        "{\"customer\":\"" + customerId + "\",\"items\":[{\"product\":\"NO-SUCH\",\"qty\":1}]}")
                .problem(422);
        assertEquals("items[0].product", field(noProductV1), noProductV1::toString);
        assertOnlyOrderIsTheNextOne();
    }

    @Test
    void theDetailsOfAnOrderWhoseCustomerDoesNotExistLeaveTheCustomerOutRatherThan503() {
        String order = placeDirectly(UUID.randomUUID().toString(), sku, 1);

        JsonObject details = admin.get("/api/orders/" + order + "/details").expect(200);

        assertTrue(details.isNull("customer"), details::toString);
        assertFalse(details.getBoolean("complete"), details::toString);
        assertEquals(
                "missing",
                details.getJsonObject("sources").getJsonObject("customer").getString("status"),
                details::toString);
    }

    /** A valid order placed now is the customer's only one: none of the refused ones was placed. */
    private void assertOnlyOrderIsTheNextOne() {
        String placed = customer.post("/api/v2/orders", order(customerId, sku, 1))
                .expect(201)
                .getString("id");
        shop.awaitListed(customerId, placed);
    }

    private String placeDirectly(String customer, String product, int quantity) {
        return direct.post("/orders/", order(customer, product, quantity))
                .expect(201)
                .getString("id");
    }

    private static String order(String customer, String product, int quantity) {
        return "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + product + "\",\"quantity\":" + quantity
                + "}]}";
    }

    private static String field(JsonObject problem) {
        return problem.getJsonArray("violations").stream()
                .map(JsonValue::asJsonObject)
                .map(violation -> violation.getString("field"))
                .findFirst()
                .orElse("");
    }

    private static void assertAmount(String expected, JsonObject json, String name) {
        assertTrue(json.containsKey(name) && !json.isNull(name), () -> name + " missing in " + json);
        assertEquals(
                0, new BigDecimal(expected).compareTo(json.getJsonNumber(name).bigDecimalValue()), json::toString);
    }
}
