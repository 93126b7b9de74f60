package dev.comptoir.ear.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway is the only door (issue 22, item 1): a customer who calls the services' routes on the public listener
 * with their own token, walking around the gateway, reaches nothing and changes nothing; the same customer through
 * the gateway is served as before. Every route and method of the three services' OpenAPI documents is tried.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayOnlyDoorIT {

    private static final URI PUBLIC = URI.create("http://127.0.0.1:" + ServiceUrls.PUBLIC_PORT + "/");
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    private final JsonHttp admin = Tokens.admin(new JsonHttp(PUBLIC.toString()));
    private String customer;
    private String other;
    private String sku;
    private String order;

    @BeforeEach
    void setUp() {
        Shop shop = new Shop(admin);
        customer = shop.customer("Walker", "500");
        other = shop.customer("Bystander", "500");
        sku = shop.product("Door stop", "5.00", 100);
        order = shop.order(other, sku, 1, sku, 1);
    }

    @Test
    void noRouteOfTheServicesAnswersACustomerOnThePublicListener() {
        String token = Tokens.customer(customer);
        Map<String, String> before = snapshot();
        List<String> answered = new ArrayList<>();
        int tried = 0;
        for (String service : List.of("customers", "orders", "inventory")) {
            JsonObject document =
                    admin.get("/openapi/" + service + "?format=JSON").expect(200);
            for (Map.Entry<String, JsonValue> path :
                    document.getJsonObject("paths").entrySet()) {
                for (String operation : ((JsonObject) path.getValue()).keySet()) {
                    if (!OPERATIONS.contains(operation)) {
                        continue;
                    }
                    String method = operation.toUpperCase(Locale.ROOT);
                    String route = routeOf(service, path.getKey());
                    tried++;
                    int status = atThePublicListener(method, route, token);
                    if (status != 404 && status != 405 && status != 0) {
                        answered.add(method + " " + route + " -> " + status);
                    }
                }
            }
        }
        // Nor can a client drive LRAs: the coordinator is on the internal listener too.
        String coordinator = "/lra-coordinator/lra-coordinator";
        tried++;
        int status = atThePublicListener("GET", coordinator, token);
        if (status != 404 && status != 0) {
            answered.add("GET " + coordinator + " -> " + status);
        }

        assertTrue(tried > 40, "the services' documents list their routes: " + tried);
        assertEquals(List.of(), answered, "routes that answered on the public listener");
        assertEquals(before, snapshot(), "nothing changed by the calls around the gateway");
    }

    @Test
    void theSameCustomerIsServedThroughTheGateway() {
        JsonHttp walker = new JsonHttp(PUBLIC.toString()).bearer(Tokens.customer(customer));

        assertEquals(
                "Walker", walker.get("/api/customers/" + customer).expect(200).getString("name"));
        assertEquals(
                customer,
                walker.get("/api/customers/" + customer + "/overview")
                        .expect(200)
                        .getString("customerId"));
        JsonResponse placed = walker.post(
                "/api/v2/orders",
                "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}");
        String id = placed.expect(201).getString("id");
        assertEquals(id, walker.get(placed.location()).expect(200).getString("orderId"));
    }

    /** What a walk around the gateway could change: the two customers, the product, the other's order. */
    private Map<String, String> snapshot() {
        return Map.of(
                "customer", admin.get("/customers/" + customer).raw(),
                "other", admin.get("/customers/" + other).raw(),
                "credit",
                        admin.get("/customers/" + customer + "/credit-reservations")
                                .raw(),
                "product", admin.get("/inventory/products/" + sku).raw(),
                "order", admin.get("/orders/" + order).raw(),
                "orders", admin.get("/orders/?customerId=" + customer).raw());
    }

    /**
     * The route as a client would call it, the document's path under the service's context root, its path
     * parameters filled with real ids (the customer's own where one is asked), so that a route that answered
     * would really act.
     */
    private String routeOf(String service, String documented) {
        String path = documented.startsWith("/" + service + "/") ? documented : "/" + service + documented;
        String sameId = "customers".equals(service) ? customer : "orders".equals(service) ? order : sku;
        return path.replaceAll("\\{(sku)}", sku)
                .replaceAll("\\{(orderId)}", order)
                .replaceAll("\\{(customerId)}", customer)
                .replaceAll("\\{[^}]+}", sameId);
    }

    /** The status answered on the public listener, or 0 if nothing answered there. */
    private static int atThePublicListener(String method, String route, String token) {
        // What the walk sent: a profile with a credit limit of 1,000,000, a 900.00 reservation, one unit.
        String body = "{\"name\":\"Walked around\",\"email\":\"walker-" + UUID.randomUUID()
                + "@comptoir.test\",\"creditLimit\":1000000,\"orderId\":\"" + UUID.randomUUID()
                + "\",\"amount\":900,\"quantity\":1,\"stock\":1}";
        HttpRequest request = HttpRequest.newBuilder(PUBLIC.resolve(route.substring(1)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("GET".equals(method) ? "" : body))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException unreachable) {
            return 0;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + route, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
