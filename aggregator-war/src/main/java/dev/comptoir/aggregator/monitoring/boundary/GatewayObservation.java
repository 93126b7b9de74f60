package dev.comptoir.aggregator.monitoring.boundary;

import dev.comptoir.aggregator.monitoring.control.GatewayMetrics;
import dev.comptoir.aggregator.ratelimit.boundary.RateLimitFilter;
import dev.comptoir.aggregator.routes.control.Routes;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Observes every request the gateway matched to a resource method: names its route and client for the access log
 * (servlet request attributes that Undertow's access log prints, {@code %{r,comptoir.route}} and
 * {@code %{r,comptoir.client}}; server-config's logging.cli), and times it per route in {@link GatewayMetrics}.
 *
 * <p>Why the access log stays Undertow's rather than a logger of this filter: Undertow writes a line for every
 * request, also those refused before any application code (a 401 of MicroProfile JWT, a 404 of an unknown path),
 * with the status and latency as sent, and WildFly rotates and manages the file. Only the route and the client
 * are the application's to tell. First among the matched filters, so that a request another filter refuses
 * (403, 404 of another's object, 429) is logged and counted under its route too.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class GatewayObservation implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String ROUTE_ATTRIBUTE = "comptoir.route";
    public static final String CLIENT_ATTRIBUTE = "comptoir.client";

    private static final String STARTED = GatewayObservation.class.getName() + ".started";
    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    @Inject
    GatewayMetrics metrics;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        String route = TEMPLATES.computeIfAbsent(method, m -> Routes.template(resource.getResourceClass(), m));
        request.setProperty(STARTED, System.nanoTime());
        request.setProperty(ROUTE_ATTRIBUTE, route);
        servletRequest.setAttribute(ROUTE_ATTRIBUTE, route);
        servletRequest.setAttribute(CLIENT_ATTRIBUTE, client(request));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started
                && request.getProperty(ROUTE_ATTRIBUTE) instanceof String route) {
            metrics.request(request.getMethod(), route, response.getStatus(), System.nanoTime() - started);
        }
    }

    /**
     * The client as the rate limits tell clients apart: the token's subject, else the API key, else the address.
     * An API key is a secret: the log gets the first 12 hex digits of its SHA-256, enough to tell keys apart.
     */
    private String client(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token
                && token.getSubject() != null) {
            return "subject:" + plain(token.getSubject());
        }
        String apiKey = request.getHeaderString(RateLimitFilter.API_KEY);
        return apiKey == null || apiKey.isBlank()
                ? "address:" + servletRequest.getRemoteAddr()
                : "key:" + fingerprint(apiKey);
    }

    private static final Pattern NOT_PLAIN = Pattern.compile("[^A-Za-z0-9._@:-]");

    /** One token on the log line, whatever the token's issuer put in its subject. */
    private static String plain(String value) {
        return NOT_PLAIN.matcher(value).replaceAll("_");
    }

    private static String fingerprint(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
