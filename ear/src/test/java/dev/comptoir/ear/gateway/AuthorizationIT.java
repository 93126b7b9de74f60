package dev.comptoir.ear.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's authorization matrix, route by route over every /api and /bff route RESTEasy serves (GET
 * /api/admin/routes: a route missing from {@link #ACCESS} fails the test): a customer reaches their own
 * objects and, for another customer's or an unknown id, gets the same 404 with none of the owner's data; a
 * customer is refused (403) the operators' API, an operator the customers' data; unknown properties in a
 * body are refused with 400 naming them, and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationIT {

    private enum Access {
        /** Open: the token endpoint. */
        TOKEN,
        /** The customer whose id is in the path, or an admin. */
        CUSTOMER,
        /** The customer who placed the order whose id is in the path, or an admin. */
        ORDER,
        /** The customer a queued place-order command is for (its id in the path), or an admin. */
        COMMAND,
        /** A write naming a customer in its body: that customer, or an admin. */
        PLACE,
        /** An operator or an admin. */
        OPERATIONS,
        /** A change of a customer's data that only an admin makes: the customer themself is refused (403). */
        ADMIN_CHANGE,
        /** A route of the shared-database mode: absent in this one (database per service), a 404 to every caller. */
        SHARED_DATABASE_ONLY
    }

    private static final Map<String, Access> ACCESS = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /api/auth/token", Access.TOKEN),
            Map.entry("GET /api/customers/{id}", Access.CUSTOMER),
            Map.entry("PUT /api/customers/{id}", Access.ADMIN_CHANGE),
            Map.entry("GET /api/customers/{id}/overview", Access.CUSTOMER),
            Map.entry("GET /api/views/customers/{id}", Access.CUSTOMER),
            Map.entry("GET /api/aggregate/customers/{id}", Access.CUSTOMER),
            Map.entry("GET /api/aggregate/customers/{id}/home", Access.CUSTOMER),
            Map.entry("GET /bff/web/customers/{id}", Access.CUSTOMER),
            Map.entry("GET /bff/mobile/customers/{id}", Access.CUSTOMER),
            Map.entry("GET /api/orders/{id}/details", Access.ORDER),
            Map.entry("GET /bff/web/orders/{id}", Access.ORDER),
            Map.entry("GET /bff/mobile/orders/{id}", Access.ORDER),
            Map.entry("GET /api/orders/commands/{id}", Access.COMMAND),
            Map.entry("POST /api/v2/orders", Access.PLACE),
            Map.entry("POST /api/v1/orders", Access.PLACE),
            Map.entry("GET /api/admin/breakers", Access.OPERATIONS),
            Map.entry("GET /api/admin/breakers/{service}", Access.OPERATIONS),
            Map.entry("GET /api/admin/breakers/events", Access.OPERATIONS),
            Map.entry("GET /api/admin/breakers/audit", Access.OPERATIONS),
            Map.entry("PUT /api/admin/breakers/{service}", Access.OPERATIONS),
            Map.entry("DELETE /api/admin/breakers/{service}", Access.OPERATIONS),
            Map.entry("POST /api/admin/breakers/{service}/{action}", Access.OPERATIONS),
            Map.entry("GET /api/admin/dead-letters", Access.OPERATIONS),
            Map.entry("GET /api/admin/dead-letters/{id}", Access.OPERATIONS),
            Map.entry("POST /api/admin/dead-letters/{id}/replay", Access.OPERATIONS),
            Map.entry("GET /api/admin/destinations", Access.OPERATIONS),
            Map.entry("GET /api/admin/services", Access.OPERATIONS),
            Map.entry("GET /api/admin/services/{service}", Access.OPERATIONS),
            Map.entry("GET /api/admin/rate-limits", Access.OPERATIONS),
            Map.entry("PUT /api/admin/rate-limits", Access.OPERATIONS),
            Map.entry("DELETE /api/admin/rate-limits", Access.OPERATIONS),
            Map.entry("GET /api/admin/routes", Access.OPERATIONS),
            Map.entry("POST /api/admin/console/fixtures", Access.OPERATIONS),
            Map.entry("GET /api/admin/console/sagas", Access.OPERATIONS),
            Map.entry("GET /api/admin/console/sagas/{orderId}", Access.OPERATIONS),
            Map.entry("PUT /api/admin/console/faults/{service}", Access.OPERATIONS),
            Map.entry("DELETE /api/admin/console/faults/{service}", Access.OPERATIONS),
            Map.entry("PUT /api/admin/console/products/{sku}", Access.OPERATIONS),
            Map.entry("POST /api/admin/console/orders", Access.OPERATIONS),
            Map.entry("GET /api/admin/console/orders/{id}", Access.OPERATIONS),
            Map.entry("GET /api/admin/console/orders/{id}/events", Access.OPERATIONS),
            Map.entry("POST /api/admin/console/orders/{id}/approve", Access.OPERATIONS),
            Map.entry("GET /api/admin/console/orders/{id}/picks", Access.OPERATIONS),
            Map.entry("GET /api/admin/console/projections", Access.OPERATIONS),
            Map.entry("GET /api/admin/console/openapi/{service}", Access.OPERATIONS),
            Map.entry("POST /api/admin/console/sagas/{orderId}/participations/{service}/{action}", Access.OPERATIONS),
            Map.entry("POST /api/admin/console/projections/rebuild", Access.OPERATIONS),
            Map.entry("POST /api/shared-database/orders", Access.SHARED_DATABASE_ONLY),
            Map.entry("GET /api/shared-database/customers/{id}/overview", Access.SHARED_DATABASE_ONLY)));

    private static final String OWNER_NAME = "Owner Of-Things";
    private static final String OTHER_NAME = "Someone Else";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp anonymous;
    private JsonHttp admin;
    private JsonHttp owner;
    private JsonHttp other;
    private JsonHttp operator;
    private String ownerId;
    private String otherId;
    private String orderId;
    private String commandId;
    private String sku;

    @BeforeEach
    void setUp() {
        anonymous = new JsonHttp(base.toString()).anonymous();
        admin = Tokens.admin(anonymous);
        Shop shop = new Shop(admin);
        ownerId = shop.customer(OWNER_NAME, "1000");
        otherId = shop.customer(OTHER_NAME, "1000");
        sku = shop.product("Authorized widget", "2.50", 10);
        orderId = shop.order(ownerId, sku, 1, sku, 1);
        commandId = admin.post("/api/v2/orders", placing(ownerId), "Prefer", "respond-async")
                .expect(202)
                .getString("id");
        owner = anonymous.bearer(Tokens.customer(ownerId));
        other = anonymous.bearer(Tokens.customer(otherId));
        operator = Tokens.operator(anonymous);
        // The read model (GET /api/views/customers/{id}) is fed by events: wait until it has the owner's order.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> admin.get("/api/views/customers/" + ownerId).status() == 200);
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> served = admin.get("/api/admin/routes").body().asJsonArray().stream()
                .map(route -> ((JsonString) route).getString())
                .filter(route -> route.contains(" /api/") || route.contains(" /bff/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ACCESS.keySet(), served, "every /api and /bff route has its row in the matrix");
    }

    @Test
    void aCustomerReachesTheirOwnObjectsAndForAnyOtherIdGetsTheSame404WithNothingOfTheOwner() {
        for (Map.Entry<String, Access> route : ACCESS.entrySet()) {
            if (route.getValue() != Access.CUSTOMER
                    && route.getValue() != Access.ORDER
                    && route.getValue() != Access.COMMAND) {
                continue;
            }
            String own = switch (route.getValue()) {
                case CUSTOMER -> ownerId;
                case ORDER -> orderId;
                default -> commandId;
            };
            String path = path(route.getKey(), own);
            assertEquals(200, owner.get(path).status(), route.getKey() + " for its owner");
            assertEquals(200, admin.get(path).status(), route.getKey() + " for an admin");

            JsonObject someoneElses = refused(other.get(path), 404, route.getKey() + " for another customer");
            JsonObject unknown = refused(
                    other.get(path(route.getKey(), "00000000-0000-0000-0000-000000000000")),
                    404,
                    route.getKey() + " for an unknown id");
            assertEquals(unknown.getString("type"), someoneElses.getString("type"), "another's looks like none");
            refused(
                    anonymous
                            .bearer(Tokens.sign(
                                    Tokens.claims("no-customer-id", "customer").build()))
                            .get(path),
                    404,
                    route.getKey() + " for a customer token without a customer id");
            refused(operator.get(path), 403, route.getKey() + " for an operator (a role without customers' data)");
        }
    }

    @Test
    void aCustomerIsRefusedEveryOperatorsRouteAndChangesNothing() {
        JsonObject limitsBefore = admin.get("/api/admin/rate-limits").expect(200);
        String breakerBefore =
                admin.get("/api/admin/breakers/customers").expect(200).getString("state");
        for (Map.Entry<String, Access> route : ACCESS.entrySet()) {
            if (route.getValue() != Access.OPERATIONS) {
                continue;
            }
            String method = route.getKey().substring(0, route.getKey().indexOf(' '));
            String path = route.getKey()
                    .substring(route.getKey().indexOf(' ') + 1)
                    .replace("{service}", "customers")
                    .replace("{action}", "force-open")
                    .replace("{sku}", "NO-SUCH-SKU")
                    .replace("{orderId}", orderId)
                    .replace("{id}", ownerId);
            JsonResponse answer = owner.send(method, path, "application/json", "{\"enabled\":false}");
            refused(answer, 403, route.getKey() + " for a customer");
            if (method.equals("GET") && !path.endsWith("/events")) {
                int status = operator.get(path).status();
                assertNotEquals(401, status, route.getKey() + " for an operator");
                assertNotEquals(403, status, route.getKey() + " for an operator");
            }
        }
        assertEquals(limitsBefore, admin.get("/api/admin/rate-limits").expect(200));
        assertEquals(
                breakerBefore,
                admin.get("/api/admin/breakers/customers").expect(200).getString("state"));
    }

    /**
     * A colon in the path of a route the caller's roles do not allow used to fail the container's own authorization
     * check (500, an HTML page): it is the same 403 problem as any other refusal.
     */
    @Test
    void aColonInThePathOfARouteTheCallerMayNotUseIsRefusedLikeAnyOther() {
        for (String path : List.of("/api/customers/a:b", "/api/orders/x:y/details", "/bff/web/customers/a:b/c")) {
            refused(operator.get(path), 403, path + " for an operator");
        }
        refused(owner.get("/api/admin/dead-letters/ID:x"), 403, "a dead letter for a customer");
        refused(owner.post("/api/admin/console/sagas/a:b/participations/customers/retry", "{}"), 403, "a retry");
    }

    @Test
    void aCustomerPlacesOrdersOnlyForThemselvesAndAnOperatorNone() {
        List<String> placedForOther = new ArrayList<>();
        for (Map.Entry<String, Access> route : ACCESS.entrySet()) {
            if (route.getValue() != Access.PLACE) {
                continue;
            }
            String path = path(route.getKey(), "");
            boolean v1 = path.contains("/v1/");
            assertEquals(201, owner.post(path, placing(ownerId, v1)).status(), route.getKey() + " for themselves");
            placedForOther.add(
                    admin.post(path, placing(otherId, v1)).expect(201).getString("id"));
            refused(owner.post(path, placing(otherId, v1)), 403, route.getKey() + " for another customer");
            refused(operator.post(path, placing(ownerId, v1)), 403, route.getKey() + " by an operator");
        }
        // Orders' list of the other customer's orders holds the admin's two and nothing the refusals sent.
        new Shop(admin).awaitListed(otherId, placedForOther.toArray(String[]::new));
    }

    @Test
    void theSharedDatabaseRoutesAreAbsentOnDatabasePerServiceAndACustomerPlacesThereOnlyForThemselves() {
        for (Map.Entry<String, Access> route : ACCESS.entrySet()) {
            if (route.getValue() != Access.SHARED_DATABASE_ONLY) {
                continue;
            }
            String method = route.getKey().substring(0, route.getKey().indexOf(' '));
            String path = path(route.getKey(), ownerId);
            for (JsonHttp caller : List.of(owner, admin)) {
                JsonResponse answer = method.equals("GET")
                        ? caller.get(path)
                        : caller.send(method, path, "application/json", placing(ownerId));
                JsonObject absent = refused(answer, 404, route.getKey());
                assertTrue(absent.getString("type").endsWith("shared-database-only"), route.getKey() + ": " + absent);
            }
        }
        refused(
                owner.post("/api/shared-database/orders", placing(otherId)),
                403,
                "a shared-database placement for another customer");
    }

    @Test
    void onlyAnAdminChangesACustomersProfileThroughTheGateway() {
        for (Map.Entry<String, Access> route : ACCESS.entrySet()) {
            if (route.getValue() != Access.ADMIN_CHANGE) {
                continue;
            }
            String method = route.getKey().substring(0, route.getKey().indexOf(' '));
            String path = path(route.getKey(), ownerId);
            String change = "{\"name\":\"Renamed\",\"email\":\"renamed-" + UUID.randomUUID()
                    + "@comptoir.test\",\"creditLimit\":5000}";
            refused(owner.send(method, path, "application/json", change), 403, route.getKey() + " for its owner");
            refused(operator.send(method, path, "application/json", change), 403, route.getKey() + " for an operator");
            assertEquals(
                    0,
                    new BigDecimal("1000")
                            .compareTo(admin.get("/customers/" + ownerId)
                                    .expect(200)
                                    .getJsonNumber("creditLimit")
                                    .bigDecimalValue()),
                    "the refused changes changed nothing");
            assertEquals(
                    200,
                    admin.send(method, path, "application/json", change).status(),
                    route.getKey() + " for an admin");
        }
    }

    @Test
    void unknownPropertiesInABodyAreRefusedByNameAndChangeNothing() {
        JsonObject limitsBefore = admin.get("/api/admin/rate-limits").expect(200);

        assertEquals(
                "changedBy",
                field(operator.put(
                                "/api/admin/rate-limits",
                                "{\"enabled\":true,\"limit\":5,\"periodSeconds\":1,\"changedBy\":\"mallory\"}")
                        .problem(400)));
        assertEquals(
                "routes.GET api/admin/routes.burst",
                field(operator.put(
                                "/api/admin/rate-limits",
                                "{\"enabled\":true,\"limit\":5,\"periodSeconds\":1,\"routes\":{\"GET api/admin/routes\":"
                                        + "{\"limit\":1,\"periodSeconds\":1,\"burst\":100}}}")
                        .problem(400)));
        assertEquals(limitsBefore, admin.get("/api/admin/rate-limits").expect(200), "nothing changed");

        assertEquals(
                "creditAvailable",
                field(admin.put(
                                "/api/customers/" + ownerId,
                                "{\"name\":\"Owner\",\"email\":\"o-" + UUID.randomUUID()
                                        + "@comptoir.test\",\"creditLimit\":1,\"creditAvailable\":1000000}")
                        .problem(400)));
        assertEquals(OWNER_NAME, admin.get("/customers/" + ownerId).expect(200).getString("name"));

        assertEquals(
                "operator",
                field(operator.put("/api/admin/breakers/customers", "{\"variant\":\"manual\",\"operator\":\"mallory\"}")
                        .problem(400)));
        assertEquals(
                "gauge", admin.get("/api/admin/breakers/customers").expect(200).getString("variant"));

        assertEquals(
                "status",
                field(owner.post(
                                "/api/v2/orders",
                                "{\"customerId\":\"" + ownerId + "\",\"lines\":[{\"sku\":\"" + sku
                                        + "\",\"quantity\":1}],\"status\":\"APPROVED\"}")
                        .problem(400)),
                "a property of Orders' answer is not one a caller may set");
    }

    private String placing(String customerId) {
        return placing(customerId, false);
    }

    /** A one-line order in v2's shape or in v1's older one. */
    private String placing(String customerId, boolean v1) {
        return v1
                ? "{\"customer\":\"" + customerId + "\",\"items\":[{\"product\":\"" + sku + "\",\"qty\":1}]}"
                : "{\"customerId\":\"" + customerId + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}";
    }

    private static String field(JsonObject problem) {
        return problem.getJsonArray("violations").getJsonObject(0).getString("field");
    }

    private static JsonObject refused(JsonResponse answer, int status, String what) {
        assertEquals(status, answer.status(), what + ": " + answer.raw());
        assertTrue(answer.contentType().startsWith("application/problem+json"), what + ": " + answer.contentType());
        assertFalse(answer.raw().contains(OWNER_NAME), what + " leaked the owner: " + answer.raw());
        assertFalse(answer.raw().contains(OTHER_NAME), what + " leaked another customer: " + answer.raw());
        return answer.problem(status);
    }

    private static String path(String route, String id) {
        return route.substring(route.indexOf(' ') + 1).replace("{id}", id);
    }
}
