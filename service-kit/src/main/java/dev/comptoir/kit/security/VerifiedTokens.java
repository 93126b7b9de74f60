package dev.comptoir.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * MicroProfile JWT's parser, remembering the tokens it accepted for as long as it would accept them again.
 * SmallRye JWT verifies every request's token from scratch: an RS256 signature, and two JSON documents parsed by
 * jose4j with a 32 KB buffer each, a third of all a request allocates; twice on the gateway's path, where the
 * gateway and then the service verify. A client sends the same token for its whole life and SmallRye JWT has no
 * cache of its own, hence this one, in place of its parser ({@code @Alternative} of its {@code JWTParser} bean).
 *
 * <p>What it keeps is the principal of a token the parser accepted, under the SHA-256 of the token's exact text,
 * signature included: a token that differs in one character (another signature on the same claims) is verified
 * on its own, and a lookup's timing tells nothing about the text of another client's token. An entry ends with
 * the window the parser accepts the token in: its expiry plus the allowed clock skew, and no later than its
 * issue plus the maximum token age when one is set. A refusal is never kept.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@Typed(JWTParser.class)
public class VerifiedTokens extends DefaultJWTParser {

    @Inject
    JWTAuthContextInfo rules;

    @Inject
    @ConfigProperty(name = "comptoir.jwt.verified-tokens.max", defaultValue = "10000")
    long capacity;

    private Cache<String, Accepted> accepted;

    @PostConstruct
    void create() {
        accepted = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfter(Expiry.creating((String digest, Accepted token) -> token.left()))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        String digest = sha256(token);
        Accepted known = accepted.getIfPresent(digest);
        // Caffeine times its expiry on its own clock; the window is wall-clock time, checked again here.
        if (known != null && !known.left().isNegative()) {
            return known.principal();
        }
        JsonWebToken principal = super.parse(token);
        Accepted verified = new Accepted(principal, acceptedUntil(principal));
        if (!verified.left().isNegative()) {
            accepted.put(digest, verified);
        }
        return principal;
    }

    /** The end of the window SmallRye JWT accepts this token in (its {@code exp} and {@code iat} are seconds). */
    private Instant acceptedUntil(JsonWebToken principal) {
        int skew = rules.getExpGracePeriodSecs() > 0 ? rules.getExpGracePeriodSecs() : rules.getClockSkew();
        Instant until = Instant.ofEpochSecond(principal.getExpirationTime() + skew);
        if (rules.getTokenAge() != null) {
            Instant aged = Instant.ofEpochSecond(principal.getIssuedAtTime() + rules.getTokenAge());
            until = aged.isBefore(until) ? aged : until;
        }
        return until;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private record Accepted(JsonWebToken principal, Instant until) {

        Duration left() {
            return Duration.between(Instant.now(), until);
        }
    }
}
