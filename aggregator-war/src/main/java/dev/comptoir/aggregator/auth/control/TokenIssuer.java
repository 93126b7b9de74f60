package dev.comptoir.aggregator.auth.control;

import dev.comptoir.aggregator.auth.entity.DemoUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs short-lived RS256 tokens with the private key server-config generated, with the issuer and audience
 * MicroProfile JWT verifies (jose4j, the library WildFly's SmallRye JWT verifies with).
 */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    @ConfigProperty(name = "comptoir.jwt.signing-key.location")
    String keyLocation;

    /** Read when first used: in the EAR, CDI validates injected properties before the WAR's own config is seen. */
    @Inject
    Config config;

    private String issuer;
    private String audience;

    @Inject
    @ConfigProperty(name = "auth.token-lifetime-seconds", defaultValue = "300")
    long lifetimeSeconds;

    private PrivateKey key;

    @PostConstruct
    void readConfiguration() {
        issuer = config.getValue("mp.jwt.verify.issuer", String.class);
        audience = config.getValue("mp.jwt.verify.audiences", String.class);
        try {
            String pem = Files.readString(Path.of(keyLocation)).replaceAll("-----[A-Z ]+-----|\\s", "");
            key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No RSA private key in " + keyLocation, e);
        }
    }

    public long lifetimeSeconds() {
        return lifetimeSeconds;
    }

    public String issue(DemoUser user) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(user.name());
        claims.setClaim("upn", user.name());
        claims.setStringListClaim("groups", new ArrayList<>(user.groups()));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetimeSeconds / 60f);
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
