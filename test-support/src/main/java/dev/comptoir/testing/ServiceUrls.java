package dev.comptoir.testing;

import java.net.URI;
import java.util.Set;

/**
 * Where the services answer: the server's internal listener (server-config, internal-listener.cli), which only
 * the gateway and the services use. Clients reach the public listener (8080): the gateway, its OpenAPI document
 * and JMS; the services, their OpenAPI documents ({@code /openapi/<service>}) and the LRA coordinator are not
 * there. Failsafe passes the internal listener's root as {@code comptoir.internal.url}.
 *
 * <p>{@link JsonHttp} sends each request to a service's context through {@link #route(URI)}, so a test written
 * against the server's root calls the gateway and the services each where they listen. What must reach the
 * public listener whatever the path (a client walking around the gateway) uses its own HTTP client.
 */
public final class ServiceUrls {

    /** The public listener's port: the only one clients know. */
    public static final int PUBLIC_PORT = 8080;

    private static final URI ROOT = URI.create(System.getProperty("comptoir.internal.url", "http://127.0.0.1:8180/"));

    /** The first path segments that belong to the internal listener (customers-b: LoadBalancingIT's copy). */
    private static final Set<String> INTERNAL_CONTEXTS =
            Set.of("customers", "customers-b", "orders", "inventory", "lra-coordinator");

    private ServiceUrls() {}

    /** The internal listener's root, e.g. {@code http://127.0.0.1:8180/}. */
    public static URI root() {
        return ROOT;
    }

    /** A service's base URL on the internal listener, e.g. {@code http://127.0.0.1:8180/customers/}. */
    public static String of(String context) {
        return ROOT.resolve(context + "/").toString();
    }

    /**
     * The same URI on the internal listener when it names, on the public one, a service's context, a service's
     * OpenAPI document or the LRA coordinator; any other URI (the gateway's routes, {@code /openapi}) unchanged.
     */
    public static URI route(URI uri) {
        String[] segments = uri.getRawPath().split("/", 4);
        boolean internal = uri.getPort() == PUBLIC_PORT
                && segments.length > 1
                && (INTERNAL_CONTEXTS.contains(segments[1])
                        || "openapi".equals(segments[1]) && segments.length > 2 && !segments[2].isEmpty());
        if (!internal) {
            return uri;
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return ROOT.resolve(uri.getRawPath().substring(1) + query);
    }
}
