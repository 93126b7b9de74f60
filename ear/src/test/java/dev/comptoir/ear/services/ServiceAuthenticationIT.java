package dev.comptoir.ear.services;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.AccessLog;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services behind the gateway require a valid token too: every route each one documents (its OpenAPI
 * document, so a new route is covered at once) refuses a request without a token, or with an expired, forged or
 * unsigned one, with a 401 problem and no data; only the documented exceptions stay open (readiness, the LRA
 * callbacks, which take only an LRA of the coordinator). The gateway forwards its caller's token, and Orders' saga
 * sends its own service account's to the participants: the services' access log lines name who called.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceAuthenticationIT {

    private static final List<String> SERVICES = List.of("customers", "orders", "inventory");
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch");

    /** Open by design (docs/patterns/02-api-gateway.md): each WAR's readiness, and the LRA participants' callbacks. */
    private static final Pattern OPEN = Pattern.compile(
            "/[a-z]+/(health/ready|problems/security/.*|saga/(credit|stock)-reservations/(compensate|complete|status|forget))");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private String server;
    private JsonHttp http;
    private Shop shop;
    private String customer;

    @BeforeEach
    void setUp() {
        server = "http://" + base.getHost() + ":" + base.getPort();
        http = new JsonHttp(server);
        shop = new Shop(http);
        customer = shop.customer("Private Person", "100");
    }

    @Test
    void everyServiceRouteRefusesAMissingExpiredForgedOrUnsignedTokenWith401AndNoData() throws Exception {
        JsonHttp anonymous = http.anonymous();
        Map<String, JsonHttp> callers = new LinkedHashMap<>();
        callers.put("no token", anonymous);
        long now = Instant.now().getEpochSecond();
        callers.put(
                "expired",
                anonymous.bearer(Tokens.sign(Tokens.claims("test-admin", "admin")
                        .add("iat", now - 3600)
                        .add("exp", now - 600)
                        .build())));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        callers.put(
                "bad signature",
                anonymous.bearer(Tokens.sign(
                        Tokens.claims("test-admin", "admin").build(),
                        generator.generateKeyPair().getPrivate())));
        callers.put(
                "alg none",
                anonymous.bearer(
                        Tokens.unsigned(Tokens.claims("test-admin", "admin").build())));

        List<String> open = new ArrayList<>();
        for (String service : SERVICES) {
            int checked = 0;
            for (String route : routes(service)) {
                String method = route.substring(0, route.indexOf(' '));
                String path = route.substring(route.indexOf(' ') + 1);
                if (OPEN.matcher(path).matches()) {
                    open.add(route);
                    continue;
                }
                String concrete = path.replaceAll("\\{[^}]+}", customer);
                for (Map.Entry<String, JsonHttp> caller : callers.entrySet()) {
                    assertRefused(route + " with " + caller.getKey(), caller.getValue(), method, concrete);
                }
                checked++;
            }
            assertTrue(checked >= 10, service + ": routes checked " + checked);
            assertEquals(200, anonymous.get("/" + service + "/health/ready").status(), service + " readiness");
        }
        assertTrue(open.contains("PUT /customers/saga/credit-reservations/compensate"), open::toString);
        assertTrue(open.contains("GET /inventory/saga/stock-reservations/status"), open::toString);
        assertEquals(200, http.get("/customers/" + customer).status(), "a valid token passes");
    }

    @Test
    void theLraCallbacksTakeNoTokenButOnlyAnLraOfTheCoordinator() throws Exception {
        for (String foreign : List.of("http://elsewhere.example/lra/1", server + "/lra-coordinator/elsewhere/1")) {
            HttpResponse<String> refused =
                    anonymousCall("PUT", server + "/customers/saga/credit-reservations/compensate", foreign);
            assertEquals(412, refused.statusCode(), refused::body);
            assertTrue(refused.body().contains("unknown-lra"), refused::body);
        }
        String lra = anonymousCall("POST", server + "/lra-coordinator/lra-coordinator/start?ClientID=callbacks", null)
                .body()
                .trim();
        try {
            HttpResponse<String> status =
                    anonymousCall("GET", server + "/inventory/saga/stock-reservations/status", lra);
            assertEquals(410, status.statusCode(), "a participant that never joined: " + status.body());
        } finally {
            anonymousCall("PUT", lra + "/cancel", null);
        }
    }

    @Test
    void theGatewayForwardsItsCallersTokenToEachServiceItCalls() {
        String requestId = "token-" + UUID.randomUUID();
        JsonHttp asCustomer = http.bearer(Tokens.customer(customer));

        JsonResponse home = asCustomer.get("/api/aggregate/customers/" + customer + "/home", "X-Request-Id", requestId);

        assertEquals(200, home.status(), home::raw);
        assertTrue(home.raw().contains("Private Person"), home::raw);
        String caller = "customer-" + customer;
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String service : SERVICES) {
                // "GET /orders?customerId=...": the service's context, then a path or a query.
                List<String> callers = AccessLog.callersOf(requestId, "GET /" + service);
                assertFalse(callers.isEmpty(), service + " was called");
                assertEquals(Set.of(caller), Set.copyOf(callers), service + " saw the gateway's caller");
            }
        });
    }

    @Test
    void anOrchestratedSagaReservesWithOrdersServiceAccountReadsTheCatalogueAsItsCallerAndTheCoordinatorEndsIt() {
        String beans = shop.product("Beans", "10.00", 5);
        String requestId = "saga-" + UUID.randomUUID();
        JsonHttp asCustomer = http.bearer(Tokens.customer(customer));

        JsonObject order = asCustomer
                .post(
                        "/orders/?saga=orchestrated",
                        "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + beans + "\",\"quantity\":2}]}",
                        "X-Request-Id",
                        requestId)
                .expect(201);

        assertEquals("APPROVED", order.getString("status"), order::toString);
        JsonObject saga = http.get("/orders/" + order.getString("id") + "/saga").expect(200);
        assertEquals("CONFIRMED", saga.getString("state"), saga::toString);
        JsonObject participants = saga.getJsonObject("participants");
        assertEquals("Completed", participants.getString("customers"), "the coordinator's @Complete, with no token");
        assertEquals("Completed", participants.getString("inventory"), saga::toString);
        String caller = "customer-" + customer;
        String orders = ManagementApi.credentials().getProperty("orders-account.user");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertEquals(List.of(orders), AccessLog.callersOf(requestId, "POST /customers/saga/credit-reservations"));
            assertEquals(List.of(orders), AccessLog.callersOf(requestId, "POST /inventory/saga/stock-reservations"));
            assertEquals(List.of(caller), AccessLog.callersOf(requestId, "GET /inventory/products/" + beans));
        });
    }

    /** "METHOD /service/path" of each operation the service's OpenAPI document lists. */
    private List<String> routes(String service) {
        JsonObject paths =
                http.get("/openapi/" + service + "?format=JSON").expect(200).getJsonObject("paths");
        List<String> routes = new ArrayList<>();
        paths.forEach((path, item) -> {
            String full = path.startsWith("/" + service + "/") ? path : "/" + service + path;
            item.asJsonObject().keySet().stream()
                    .filter(OPERATIONS::contains)
                    .forEach(operation -> routes.add(operation.toUpperCase(Locale.ROOT) + " " + full));
        });
        return routes;
    }

    private static void assertRefused(String what, JsonHttp client, String method, String path) {
        JsonResponse answer = client.send(method, path, "application/json", "{}");
        assertEquals(401, answer.status(), what + ": " + answer.raw());
        assertTrue(answer.contentType().startsWith("application/problem+json"), what + " " + answer.contentType());
        String challenge = answer.header("WWW-Authenticate");
        assertTrue(challenge != null && challenge.startsWith("Bearer"), what + ": " + challenge);
        assertFalse(answer.raw().contains("Private Person"), what + " leaked: " + answer.raw());
    }

    private static HttpResponse<String> anonymousCall(String method, String url, String lra) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(ServiceUrls.route(URI.create(url))).timeout(Duration.ofSeconds(30));
        if (lra != null) {
            request.header("Long-Running-Action", lra);
        }
        request.method(method, HttpRequest.BodyPublishers.noBody());
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
