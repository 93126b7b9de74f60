package dev.comptoir.orders.saga.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Orders' own identity for the saga's calls to its participants: a bearer token of the gateway's token endpoint
 * for the service account server-config generates (role {@code service}; its password written beside the demo
 * users', owner-only, never committed). Why not the caller's token: reserving credit and holding stock are no
 * customer's to do directly, so the participants refuse a customer's token there; the saga does them for the order
 * it placed, once Orders has checked that the caller may place it. The token is kept until a minute before it
 * expires, so that a saga's calls never carry one about to lapse.
 */
@ApplicationScoped
public class ServiceAccount {

    private static final Logger LOG = Logger.getLogger(ServiceAccount.class);
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    @Inject
    @ConfigProperty(
            name = "comptoir.orders.service-account.token-url",
            defaultValue = "http://localhost:8080/api/auth/token")
    String tokenUrl;

    /** Read when first used: a WAR deployed on a server without the account still deploys. */
    @Inject
    Config config;

    @Inject
    Downstream downstream;

    private String authorization;
    private Instant renewAt = Instant.MIN;

    /** {@code Bearer <jwt>} of the service account, or null when the token endpoint gave none (the call is then refused). */
    public synchronized String authorization() {
        if (authorization == null || Instant.now().isAfter(renewAt)) {
            renew();
        }
        return authorization;
    }

    private void renew() {
        Properties account = account();
        String body = JSON.createObjectBuilder()
                .add("username", account.getProperty("user"))
                .add("password", account.getProperty("password"))
                .build()
                .toString();
        Reply reply = downstream.call(() -> downstream.tokenEndpoint(tokenUrl).token(body));
        JsonObject token = reply.done() ? reply.json() : null;
        if (token == null) {
            LOG.warnf("No token for Orders' service account from %s: %s", tokenUrl, reply.detail());
            authorization = null;
            return;
        }
        authorization = "Bearer " + token.getString("access_token");
        renewAt = Instant.now()
                .plusSeconds(token.getJsonNumber("expires_in").longValue())
                .minus(RENEW_BEFORE_EXPIRY);
    }

    private Properties account() {
        Properties account = new Properties();
        Path file = Path.of(config.getValue("comptoir.orders.service-account.location", String.class));
        try (Reader in = Files.newBufferedReader(file)) {
            account.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return account;
    }
}
