package dev.comptoir.aggregator.auth.control;

import static dev.comptoir.kit.json.Jsonp.JSON;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RsaJwsTest {

    private static final KeyPair KEYS = keys();

    private final JsonObject claims = JSON.createObjectBuilder()
            .add("iss", "comptoir")
            .add("sub", "ada")
            .add("groups", JSON.createArrayBuilder().add("customer"))
            .add("exp", 1_800_000_000L)
            .build();

    @Test
    void signsTheHeaderAndClaimsAsRs256InCompactForm() throws Exception {
        String[] parts = RsaJws.sign(claims, KEYS.getPrivate()).split("\\.");

        assertEquals(3, parts.length);
        JsonObject header = json(parts[0]);
        assertEquals("RS256", header.getString("alg"));
        assertEquals("JWT", header.getString("typ"));
        assertEquals(claims, json(parts[1]));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(KEYS.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])), "the public key verifies the signature");
    }

    @Test
    void usesUnpaddedBase64Url() {
        String token = RsaJws.sign(claims, KEYS.getPrivate());

        assertFalse(token.contains("=") || token.contains("+") || token.contains("/"), token);
    }

    @Test
    void aSignatureCoversTheClaims() throws Exception {
        String[] parts = RsaJws.sign(claims, KEYS.getPrivate()).split("\\.");
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"sub\":\"admin\"}".getBytes(StandardCharsets.UTF_8));

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(KEYS.getPublic());
        rsa.update((parts[0] + "." + forged).getBytes(StandardCharsets.US_ASCII));
        assertFalse(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
        assertArrayEquals(
                Base64.getUrlDecoder().decode(parts[2]),
                Base64.getUrlDecoder()
                        .decode(RsaJws.sign(claims, KEYS.getPrivate()).split("\\.")[2]),
                "RS256 (PKCS #1 v1.5) signs the same input the same way");
    }

    private static JsonObject json(String part) {
        String text = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        return JSON.createReader(new StringReader(text)).readObject();
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
