package dev.comptoir.aggregator.ratelimit.entity;

import java.util.Map;

/**
 * Whether limits apply, the limit of every route, and other limits for some routes (keyed
 * {@code "GET api/customers/{id}/overview"}: the method and the route's template).
 */
public record RateLimitPolicy(boolean enabled, RateLimit defaults, Map<String, RateLimit> routes) {

    public RateLimitPolicy {
        routes = Map.copyOf(routes);
    }

    public RateLimit of(String route) {
        return routes.getOrDefault(route, defaults);
    }
}
