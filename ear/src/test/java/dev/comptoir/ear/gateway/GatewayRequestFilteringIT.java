package dev.comptoir.ear.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.AccessLog;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the gateway refuses before forwarding a write: a body over its limit (413, by Content-Length or,
 * chunked, as it grows), another content type (415), an invalid, mistyped or unknown field (400 naming it),
 * a body nested deeper than the JSON parser takes (400).
 * Each refusal is a problem document, and nothing reaches Orders: the access log shows the gateway's request
 * and no request to Orders with the same X-Request-Id, and Orders lists none of the refused orders.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayRequestFilteringIT {

    private static final int LIMIT = 16_384;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp admin;
    private String token;
    private String customerId;
    private String sku;

    @BeforeEach
    void setUp() {
        admin = Tokens.admin(new JsonHttp(base.toString()));
        Shop shop = new Shop(admin);
        customerId = shop.customer("Filtered", "1000");
        sku = shop.product("Filtered widget", "1.00", 10);
        token = Tokens.customer(customerId);
    }

    @Test
    void aBodyOverTheLimitIs413AndNeverForwarded() {
        String padded = "{\"customerId\":\"" + customerId + "\",\"lines\":[{\"sku\":\"" + "X".repeat(LIMIT)
                + "\",\"quantity\":1}]}";

        Refusal byLength = post("/api/v2/orders", "application/json", padded, false);
        Refusal chunked = post("/api/v2/orders", "application/json", padded, true);

        for (Refusal refusal : List.of(byLength, chunked)) {
            JsonObject problem = refusal.problem(413);
            assertEquals("urn:comptoir:problem:body-too-large", problem.getString("type"));
            assertEquals(LIMIT, problem.getInt("maxBytes"));
            assertTrue(problem.getString("detail").contains(String.valueOf(LIMIT)), problem::toString);
            refusal.assertNeverForwarded();
        }
        assertTrue(byLength.problem(413).getString("detail").contains(String.valueOf(padded.length())));
        assertNothingPlaced();
    }

    @Test
    void anotherContentTypeIs415NamingIt() {
        Refusal refusal = post("/api/v2/orders", "text/plain", valid(), false);

        JsonObject problem = refusal.problem(415);
        assertTrue(problem.getString("detail").contains("text/plain"), problem::toString);
        refusal.assertNeverForwarded();
        assertNothingPlaced();
    }

    @Test
    void anInvalidMistypedOrUnknownFieldIs400NamingItInEitherVersion() {
        assertRefusedNaming(
                "/api/v2/orders",
                "{\"customerId\":\"" + customerId + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":0}]}",
                "lines[0].quantity");
        assertRefusedNaming(
                "/api/v2/orders",
                "{\"customerId\":\"" + customerId + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":\"two\"}]}",
                "lines[0].quantity");
        assertRefusedNaming("/api/v2/orders", "{\"customerId\":\"" + customerId + "\",\"lines\":[]}", "lines");
        assertRefusedNaming(
                "/api/v2/orders",
                "{\"customerId\":\"" + customerId + "\",\"lines\":[{\"sku\":\"" + sku
                        + "\",\"quantity\":1,\"unitPrice\":0}]}",
                "lines[0].unitPrice");
        assertRefusedNaming(
                "/api/v1/orders",
                "{\"customer\":\"" + customerId + "\",\"items\":[{\"product\":\"" + sku + "\",\"qty\":-1}]}",
                "items[0].qty");
        assertRefusedNaming(
                "/api/v1/orders",
                "{\"customerId\":\"" + customerId + "\",\"items\":[{\"product\":\"" + sku + "\",\"qty\":1}]}",
                "customerId");
        post("/api/v2/orders", "application/json", "{\"customerId\":", false).problem(400);
        assertNothingPlaced();
    }

    /** Parsson refuses JSON nested deeper than 1,000 levels: a 400 problem in either version, as at Orders. */
    @Test
    void aBodyNestedDeeperThanTheParserTakesIs400InEitherVersion() {
        String nested = "[".repeat(1_500) + "]".repeat(1_500);
        for (String path : List.of("/api/v1/orders", "/api/v2/orders")) {
            for (String body : List.of(nested, "{\"customerId\":\"" + customerId + "\",\"lines\":" + nested + "}")) {
                Refusal refusal = post(path, "application/json", body, false);
                assertEquals(
                        "urn:comptoir:problem:malformed-json",
                        refusal.problem(400).getString("type"));
                refusal.assertNeverForwarded();
            }
        }
        assertNothingPlaced();
    }

    private void assertRefusedNaming(String path, String body, String field) {
        Refusal refusal = post(path, "application/json", body, false);
        JsonObject problem = refusal.problem(400);
        assertTrue(
                problem.getJsonArray("violations").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(violation -> violation.getString("field").equals(field)),
                () -> field + " named in " + problem);
        refusal.assertNeverForwarded();
    }

    /**
     * A valid order placed after the refusals is the customer's only one in Orders' list (read at the position
     * of its own event, so the list has every event before it).
     */
    private void assertNothingPlaced() {
        String placed = admin.post("/api/v2/orders", valid()).expect(201).getString("id");
        new Shop(admin).awaitListed(customerId, placed);
    }

    private String valid() {
        return "{\"customerId\":\"" + customerId + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}";
    }

    /** A POST as the customer, with its own X-Request-Id; {@code chunked}: no Content-Length. */
    private Refusal post(String path, String contentType, String body, boolean chunked) {
        String requestId = "filtering-" + UUID.randomUUID();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .header("X-Request-Id", requestId)
                .POST(publisher)
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Refusal(path, requestId, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Refusal(String path, String requestId, HttpResponse<String> response) {

        JsonObject problem(int status) {
            assertEquals(status, response.statusCode(), response::body);
            assertTrue(
                    response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    () -> "a problem document: " + response.headers());
            JsonObject problem =
                    Json.createReader(new StringReader(response.body())).readObject();
            assertEquals(status, problem.getInt("status"));
            return problem;
        }

        /**
         * The gateway's request is in the access log, with no request to Orders under its id (the gateway
         * passes its X-Request-Id on every call, and Orders would have answered before the gateway did).
         */
        void assertNeverForwarded() {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> AccessLog.requestsWith(requestId).stream()
                            .anyMatch(line -> line.startsWith("POST " + path + " ")));
            List<String> logged = AccessLog.requestsWith(requestId);
            assertTrue(
                    logged.stream().noneMatch(line -> line.contains(" /orders")),
                    () -> "nothing reached Orders: " + logged);
        }
    }
}
