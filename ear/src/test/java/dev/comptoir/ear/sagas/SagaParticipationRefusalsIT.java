package dev.comptoir.ear.sagas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Services;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the saga participants (Customers and Inventory) refuse, each as a problem document and with nothing
 * written: an operator's retry or resolve of a participation that never existed (404), a participation id
 * longer than any saga's (400), and a reservation in an LRA that has already ended (410).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SagaParticipationRefusalsIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> PARTICIPANTS = List.of("customers", "inventory");

    private final JsonHttp services = Services.http();
    private final JsonHttp operator = Tokens.operator(services);
    private final Shop shop = new Shop(services);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void anOperatorsRetryOrResolveOfAParticipationThatNeverExistedIs404AndCreatesNothing() {
        for (String participant : PARTICIPANTS) {
            for (String name : List.of("create-order:" + UUID.randomUUID(), "lra-of-order:" + UUID.randomUUID())) {
                String participation = "/" + participant + "/saga/participations/" + name;
                for (String action : List.of("/retry", "/resolve")) {
                    JsonObject problem = operator.post(participation + action, "{\"note\":\"never was\"}")
                            .problem(404);
                    assertEquals(
                            "urn:comptoir:problem:saga-participation-not-found",
                            problem.getString("type"),
                            problem::toString);
                }
                services.get(participation).problem(404);
            }
        }
    }

    @Test
    void aParticipationIdLongerThanAnySagasIs400NamingIt() {
        String tooLong = "create-order:" + "x".repeat(5_000);
        for (String participant : PARTICIPANTS) {
            String participation = "/" + participant + "/saga/participations/" + tooLong;
            assertNamesTheId(services.get(participation).problem(400));
            assertNamesTheId(operator.post(participation + "/retry", "{}").problem(400));
            assertNamesTheId(operator.post(participation + "/resolve", "{}").problem(400));
        }
    }

    @Test
    void aReservationInAnLraThatHasEndedIs410WithAProblemDocument() throws Exception {
        String customer = shop.customer("Late Joiner", "500");
        String beans = shop.product("Beans", "10.00", 5);
        String orderId = UUID.randomUUID().toString();
        String lra = send("POST", Services.BASE + "lra-coordinator/lra-coordinator/start?ClientID=late", null, null)
                .body()
                .trim();
        assertEquals(200, send("PUT", lra + "/close", null, null).statusCode());

        HttpResponse<String> credit = send(
                "POST",
                Services.BASE + "customers/saga/credit-reservations",
                lra,
                "{\"customerId\":\"" + customer + "\",\"orderId\":\"" + orderId + "\",\"amount\":30}");
        HttpResponse<String> stock = send(
                "POST",
                Services.BASE + "inventory/saga/stock-reservations",
                lra,
                "{\"orderId\":\"" + orderId + "\",\"lines\":[{\"sku\":\"" + beans + "\",\"quantity\":2}]}");

        for (HttpResponse<String> refused : List.of(credit, stock)) {
            assertEquals(410, refused.statusCode(), refused::body);
            assertTrue(
                    refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    () -> refused.headers().map().toString());
            JsonObject problem = parse(refused.body());
            assertEquals(410, problem.getInt("status"), refused::body);
            assertTrue(problem.getString("detail").contains("JoinFailed"), refused::body);
        }
        services.get("/customers/" + customer + "/credit-reservations/" + orderId)
                .problem(404);
        services.get("/inventory/reservations/" + orderId).problem(404);
    }

    private static void assertNamesTheId(JsonObject problem) {
        assertTrue(
                problem.getJsonArray("violations").stream()
                        .map(violation -> violation.asJsonObject().getString("field"))
                        .anyMatch("sagaId"::equals),
                problem::toString);
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            throw new AssertionError("not a JSON problem document: " + body, notJson);
        }
    }

    private static HttpResponse<String> send(String method, String url, String lra, String json) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(ServiceUrls.route(URI.create(url))).timeout(Duration.ofSeconds(30));
        if (!url.contains("/lra-coordinator/")) {
            request.header("Authorization", "Bearer " + Tokens.suite());
        }
        if (lra != null) {
            request.header("Long-Running-Action", lra);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
