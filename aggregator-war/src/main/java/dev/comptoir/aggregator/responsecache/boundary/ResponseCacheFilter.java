package dev.comptoir.aggregator.responsecache.boundary;

import dev.comptoir.aggregator.responsecache.control.CacheTags;
import dev.comptoir.aggregator.responsecache.control.CachedResponse;
import dev.comptoir.aggregator.responsecache.control.ResponseCache;
import dev.comptoir.kit.json.SharedJsonb;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Answers a GET from the cache when it holds a fresh copy (304 when the client's {@code If-None-Match}
 * names it), and keeps a complete answer of a cacheable route on its way out. Runs after the rate limits:
 * an answer from the cache still spends a token. Clients must revalidate ({@code no-cache}): only the
 * gateway hears the events that make an answer stale, so it alone may say that a copy is still good.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 200)
public class ResponseCacheFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String CACHE_CONTROL = "private, no-cache";
    private static final String STARTED = ResponseCacheFilter.class.getName() + ".started";
    private static final String KEY = ResponseCacheFilter.class.getName() + ".key";

    @Inject
    ResponseCache cache;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!cache.enabled() || !HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        String key = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        var cached = cache.get(key);
        if (cached.isPresent()) {
            request.abortWith(fromCache(request, cached.get()));
            return;
        }
        request.setProperty(KEY, key);
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(KEY) instanceof String key) || response.getStatus() != 200) {
            return;
        }
        Object entity = response.getEntity();
        var tags = CacheTags.of(entity);
        if (tags.isEmpty()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        byte[] body =
                new SharedJsonb().getContext(entity.getClass()).toJson(entity).getBytes(StandardCharsets.UTF_8);
        CachedResponse fresh = new CachedResponse(body, etag(body), Set.copyOf(tags.get()), System.nanoTime());
        cache.put(key, fresh, (Long) request.getProperty(STARTED));
        response.getHeaders().putSingle(HttpHeaders.ETAG, fresh.etag());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.getHeaders().putSingle("X-Cache", "MISS");
        if (matches(request, fresh)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private static Response fromCache(ContainerRequestContext request, CachedResponse cached) {
        Response.ResponseBuilder answer = matches(request, cached)
                ? Response.notModified()
                : Response.ok(cached.body(), MediaType.APPLICATION_JSON_TYPE);
        return answer.header(HttpHeaders.ETAG, cached.etag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header("X-Cache", "HIT")
                .build();
    }

    /** RFC 9110 13.1.2: {@code *}, or one of the listed tags (weak comparison, so W/ prefixes match too). */
    private static boolean matches(ContainerRequestContext request, CachedResponse cached) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = cached.etag();
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(opaque));
    }

    /** A strong entity tag: the body's SHA-256, so equal bodies, and only they, share it. */
    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
