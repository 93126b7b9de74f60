package dev.comptoir.aggregator.auth.control;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * A JSON Web Signature in compact form, RS256 (RFC 7515, RFC 7518 section 3.3), signed with the JDK's own
 * {@code SHA256withRSA}: the one algorithm the gateway's tokens use, so no JOSE library is needed (WildFly's jose4j is
 * a private module).
 */
final class RsaJws {

    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private RsaJws() {}

    static String sign(JsonObject claims, PrivateKey key) {
        String signed = encode(HEADER.getBytes(StandardCharsets.UTF_8)) + "."
                + encode(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + encode(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with this RSA key", e);
        }
    }

    private static String encode(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }
}
