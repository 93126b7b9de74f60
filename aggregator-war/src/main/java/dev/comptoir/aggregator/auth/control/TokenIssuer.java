package dev.comptoir.aggregator.auth.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

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
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs short-lived RS256 tokens with the private key server-config generated, with the issuer and audience
 * MicroProfile JWT verifies ({@link RsaJws}).
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
    @ConfigProperty(name = "comptoir.gateway.auth.token-lifetime-seconds", defaultValue = "300")
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
        long now = Instant.now().getEpochSecond();
        return RsaJws.sign(
                JSON.createObjectBuilder()
                        .add("iss", issuer)
                        .add("aud", audience)
                        .add("sub", user.name())
                        .add("upn", user.name())
                        .add("groups", JSON.createArrayBuilder(user.groups()))
                        .add("iat", now)
                        .add("exp", now + lifetimeSeconds)
                        .add("jti", UUID.randomUUID().toString())
                        .build(),
                key);
    }
}
