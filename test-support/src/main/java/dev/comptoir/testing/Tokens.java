package dev.comptoir.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;

/**
 * The gateway's bearer tokens for tests. The demo users' come from the token endpoint, as a client gets them;
 * the others are signed here with the server's own private key, as an identity provider would sign them, so that
 * a test can also make the ones the gateway must refuse (expired, another issuer or audience, forged, unsigned).
 */
public final class Tokens {

    /** What the gateway's MicroProfile JWT verifies (server-config's jwt.cli). */
    public static final String ISSUER = "https://comptoir.dev/gateway";

    public static final String AUDIENCE = "comptoir-api";

    /** The suite's token, re-signed when half its hour has passed (tests that restart the server run long). */
    private static volatile Signed suite;

    private Tokens() {}

    /**
     * The test suite's own token (subject {@code test-suite}, role admin): what every {@link JsonHttp} sends
     * unless told otherwise, so that a test reaches the services directly as the gateway's callers do.
     */
    public static String suite() {
        Signed current = suite;
        if (current == null || current.at().isBefore(Instant.now().minus(Duration.ofMinutes(30)))) {
            current = new Signed(sign(claims("test-suite", "admin").build()), Instant.now());
            suite = current;
        }
        return current.token();
    }

    /** The client, as the operator server-config created (role operator), with a token of the token endpoint. */
    public static JsonHttp operator(JsonHttp http) {
        Properties credentials = ManagementApi.credentials();
        return http.bearer(
                fetch(http, credentials.getProperty("operator.user"), credentials.getProperty("operator.password")));
    }

    /**
     * The client with an admin's token (every /api and /bff route), signed here and valid an hour, so that it also
     * serves tests that restart the server and clients made before the server runs.
     */
    public static JsonHttp admin(JsonHttp http) {
        return http.bearer(sign(claims("test-admin", "admin").build()));
    }

    /** A token of the token endpoint, for a demo user. */
    public static String fetch(JsonHttp http, String user, String password) {
        String body = Json.createObjectBuilder()
                .add("username", user)
                .add("password", password)
                .build()
                .toString();
        return http.post("/api/auth/token", body).expect(200).getString("access_token");
    }

    /** Valid claims for a subject with groups, valid for an hour: change any of them before {@link #sign}. */
    public static JsonObjectBuilder claims(String subject, String... groups) {
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        for (String group : groups) {
            groupArray.add(group);
        }
        long now = Instant.now().getEpochSecond();
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", AUDIENCE)
                .add("sub", subject)
                .add("upn", subject)
                .add("groups", groupArray)
                .add("iat", now)
                .add("exp", now + Duration.ofHours(1).toSeconds())
                .add("jti", UUID.randomUUID().toString());
    }

    /** A customer's token, as the gateway issues them: role customer, the customer's id in {@code customer_id}. */
    public static String customer(String customerId) {
        return sign(claims("customer-" + customerId, "customer")
                .add("customer_id", customerId)
                .build());
    }

    /** The claims signed RS256 with the server's private key. */
    public static String sign(JsonObject claims) {
        try {
            return sign(claims, privateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims signed RS256 with another key, e.g. one the server has never seen. */
    public static String sign(JsonObject claims, PrivateKey key) {
        String signed = encode(Json.createObjectBuilder()
                        .add("alg", "RS256")
                        .add("typ", "JWT")
                        .build())
                + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims with {@code alg: none} and no signature: a token anyone can write. */
    public static String unsigned(JsonObject claims) {
        return encode(Json.createObjectBuilder()
                        .add("alg", "none")
                        .add("typ", "JWT")
                        .build()) + "." + encode(claims) + ".";
    }

    private record Signed(String token, Instant at) {}

    private static String encode(JsonObject json) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * server-config's key, beside the credentials file: comptoir-jwt/private-key.pem where the build keeps both
     * (server-config/state), else standalone/configuration/comptoir-jwt/private-key.pem of the server whose folder
     * holds the credentials (a stock WildFly, the domain); or, in a test that runs inside the server, where its system
     * property says.
     */
    private static PrivateKey privateKey() throws GeneralSecurityException {
        String credentials = System.getProperty("comptoir.credentials");
        Path key;
        if (credentials == null) {
            key = Path.of(System.getProperty("comptoir.jwt.signing-key.location"));
        } else {
            Path folder = Path.of(credentials).toAbsolutePath().getParent();
            Path kept = folder.resolve("comptoir-jwt/private-key.pem");
            key = Files.exists(kept) ? kept : folder.resolve("standalone/configuration/comptoir-jwt/private-key.pem");
        }
        try {
            String pem = Files.readString(key).replaceAll("-----[A-Z ]+-----|\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
