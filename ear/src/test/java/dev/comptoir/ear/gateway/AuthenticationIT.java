package dev.comptoir.ear.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's authentication: its token endpoint issues RS256 tokens to demo users, and every /api and /bff
 * route (the routes RESTEasy serves, GET /api/admin/routes) refuses with a 401 problem document and no data a
 * request without a token, or with an expired, forged, unsigned ({@code alg: none}), other issuer's or other
 * audience's token. The services remember the tokens they accepted (service-kit's VerifiedTokens): an accepted
 * token's claims under another signature, and an accepted token past its window, are refused all the same.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthenticationIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp anonymous;
    private JsonHttp admin;
    private String customer;

    @BeforeEach
    void setUp() {
        anonymous = new JsonHttp(base.toString()).anonymous();
        admin = Tokens.admin(anonymous);
        customer = new Shop(admin).customer("Private Person", "100");
    }

    @Test
    void theTokenEndpointIssuesAShortLivedRs256TokenToADemoUserThatTheGatewayAccepts() {
        Properties credentials = ManagementApi.credentials();
        String token = Tokens.fetch(
                anonymous, credentials.getProperty("operator.user"), credentials.getProperty("operator.password"));

        String[] parts = token.split("\\.");
        assertEquals("RS256", part(parts[0]).getString("alg"));
        JsonObject claims = part(parts[1]);
        assertEquals(credentials.getProperty("operator.user"), claims.getString("sub"));
        assertEquals(Tokens.ISSUER, claims.getString("iss"));
        assertEquals(Tokens.AUDIENCE, claims.getString("aud"));
        assertEquals(List.of("operator"), claims.getJsonArray("groups").getValuesAs(JsonString::getString));
        long lifetime = claims.getJsonNumber("exp").longValue()
                - claims.getJsonNumber("iat").longValue();
        assertTrue(lifetime > 0 && lifetime <= 300, "lifetime " + lifetime);
        assertEquals(200, anonymous.bearer(token).get("/api/admin/services").status());
    }

    @Test
    void theTokenEndpointRefusesAWrongPasswordAndAnyPropertyBeyondTheCredentials() {
        Properties credentials = ManagementApi.credentials();
        String user = credentials.getProperty("operator.user");

        JsonObject wrong = anonymous
                .post("/api/auth/token", credentials(user, "not-the-password", ""))
                .problem(401);
        assertTrue(wrong.getString("type").endsWith(":unauthenticated"));
        JsonObject unknown = anonymous
                .post("/api/auth/token", json(Map.of("username", "nobody", "password", "x")))
                .problem(401);
        assertEquals(
                wrong.getString("detail"), unknown.getString("detail"), "an unknown user looks like a wrong password");

        JsonObject extra = anonymous
                .post(
                        "/api/auth/token",
                        credentials(user, credentials.getProperty("operator.password"), ",\"groups\":[\"admin\"]"))
                .problem(400);
        assertEquals(
                "groups",
                extra.getJsonArray("violations").getJsonObject(0).getString("field"),
                "a caller cannot choose its groups");
    }

    @Test
    void everyRouteRefusesAMissingExpiredForgedUnsignedOrForeignTokenWith401AndNoData() throws Exception {
        long now = Instant.now().getEpochSecond();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(
                "expired",
                Tokens.sign(Tokens.claims("test-admin", "admin")
                        .add("iat", now - 3600)
                        .add("exp", now - 600)
                        .build()));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        tokens.put(
                "bad signature",
                Tokens.sign(
                        Tokens.claims("test-admin", "admin").build(),
                        generator.generateKeyPair().getPrivate()));
        tokens.put(
                "alg none", Tokens.unsigned(Tokens.claims("test-admin", "admin").build()));
        tokens.put(
                "wrong issuer",
                Tokens.sign(Tokens.claims("test-admin", "admin")
                        .add("iss", "https://elsewhere.example")
                        .build()));
        tokens.put(
                "wrong audience",
                Tokens.sign(Tokens.claims("test-admin", "admin")
                        .add("aud", "another-api")
                        .build()));
        tokens.put("garbage", "not.a.token");

        List<String> routes =
                admin.get("/api/admin/routes").body().asJsonArray().getValuesAs(JsonString::getString);
        int checked = 0;
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", customer);
            if (!(path.startsWith("/api/") || path.startsWith("/bff/")) || path.equals("/api/auth/token")) {
                continue;
            }
            assertRefused(route, "no token", anonymous, method, path);
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                assertRefused(route, token.getKey(), anonymous.bearer(token.getValue()), method, path);
            }
            checked++;
        }
        assertTrue(checked >= 25, "routes checked: " + checked);
        assertEquals(200, admin.get("/api/customers/" + customer + "/overview").status(), "a valid token passes");
    }

    @Test
    void theClaimsOfAnAcceptedTokenUnderAnotherSignatureAreRefusedByTheGatewayAndTheService() throws Exception {
        JsonObject claims = Tokens.claims("test-admin", "admin").build();
        String genuine = Tokens.sign(claims);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Tokens.sign(claims, generator.generateKeyPair().getPrivate());
        assertEquals(
                genuine.substring(0, genuine.lastIndexOf('.')),
                forged.substring(0, forged.lastIndexOf('.')),
                "the same header and claims, only the signature differs");

        for (String path : List.of("/api/customers/" + customer, "/customers/" + customer)) {
            assertEquals(200, anonymous.bearer(genuine).get(path).status(), path + " with the genuine token");
            assertRefused(path, "the accepted claims, forged", anonymous.bearer(forged), "GET", path);
            assertEquals(200, anonymous.bearer(genuine).get(path).status(), path + " still takes the genuine one");
        }
    }

    @Test
    void aTokenAlreadyAcceptedIsRefusedOnceItsAcceptanceWindowHasPassed() {
        // MicroProfile JWT accepts a token until 60 s (its default clock skew) after its expiry: this one for 5 s more.
        long expiry = Instant.now().getEpochSecond() - 55;
        String token = Tokens.sign(Tokens.claims("test-admin", "admin")
                .add("iat", expiry - 300)
                .add("exp", expiry)
                .build());
        List<String> paths = List.of("/api/customers/" + customer, "/customers/" + customer);
        for (String path : paths) {
            assertEquals(200, anonymous.bearer(token).get(path).status(), path + " within the window");
        }

        // Refused within a few seconds of the window's end; a memory that ignored it would answer 200 for good.
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    for (String path : paths) {
                        assertRefused(path, "a token past its window", anonymous.bearer(token), "GET", path);
                    }
                });
        assertTrue(Instant.now().getEpochSecond() >= expiry + 60, "refused only after its window");
    }

    private static void assertRefused(String route, String token, JsonHttp client, String method, String path) {
        JsonResponse answer = client.send(method, path, "application/json", "{}");
        assertEquals(401, answer.status(), route + " with " + token + ": " + answer.raw());
        assertTrue(answer.contentType().startsWith("application/problem+json"), route + " " + answer.contentType());
        assertTrue(
                answer.header("WWW-Authenticate").startsWith("Bearer"),
                route + " " + answer.header("WWW-Authenticate"));
        assertFalse(answer.raw().contains("Private Person"), route + " with " + token + " leaked: " + answer.raw());
    }

    private static JsonObject part(String encoded) {
        String json = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String credentials(String user, String password, String more) {
        String base = json(Map.of("username", user, "password", password));
        return base.substring(0, base.length() - 1) + more + "}";
    }

    private static String json(Map<String, String> fields) {
        var object = Json.createObjectBuilder();
        fields.forEach(object::add);
        return object.build().toString();
    }
}
