package dev.comptoir.aggregator.ratelimit.boundary;

import dev.comptoir.aggregator.ratelimit.control.RateLimiter;
import dev.comptoir.aggregator.ratelimit.entity.Admission;
import dev.comptoir.kit.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Spends a token of the client's bucket for the matched route before the resource runs, and refuses with
 * 429 when there is none. Headers after draft-ietf-httpapi-ratelimit-headers-10 (the current draft, which
 * replaced the RateLimit-Limit/-Remaining/-Reset trio of draft 07 and before):
 * {@code RateLimit-Policy: "route";q=<limit>;w=<period s>} and {@code RateLimit: "route";r=<left>;t=<s until full>}.
 * The operators' API ({@code api/admin}) is never limited, so that an operator can always change a limit.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** The header that names a client without a token that has an API key; others are told apart by their address. */
    public static final String API_KEY = "X-Api-Key";

    private static final String ADMISSION = RateLimitFilter.class.getName();
    private static final String POLICY_NAME = "\"route\"";

    @Inject
    RateLimiter limiter;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!limiter.policy().enabled() || resource.getResourceMethod() == null) {
            return;
        }
        String route = request.getMethod() + " " + template(resource.getResourceClass(), resource.getResourceMethod());
        if (route.contains(" api/admin")) {
            return;
        }
        Admission admission = limiter.admit(client(request), route);
        request.setProperty(ADMISSION, admission);
        if (!admission.admitted()) {
            Response refusal = Problem.of(
                            429,
                            "rate-limited",
                            "Too many requests",
                            "This client has used its " + admission.limit().limit() + " requests per "
                                    + admission.limit().periodSeconds() + " s of " + route
                                    + "; retry after " + admission.retryAfterSeconds() + " s")
                    .toResponse();
            request.abortWith(Response.fromResponse(refusal)
                    .header("Retry-After", admission.retryAfterSeconds())
                    .header("RateLimit-Policy", policy(admission))
                    .header("RateLimit", state(admission))
                    .build());
        }
    }

    /** The token's subject; else (the open token endpoint) the API key, else the address. */
    private String client(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            return "subject " + token.getSubject();
        }
        String apiKey = request.getHeaderString(API_KEY);
        return apiKey == null || apiKey.isBlank() ? "address " + servletRequest.getRemoteAddr() : "key " + apiKey;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(ADMISSION) instanceof Admission admission && admission.admitted()) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("RateLimit-Policy", policy(admission));
            headers.putSingle("RateLimit", state(admission));
        }
    }

    private static String policy(Admission admission) {
        return POLICY_NAME + ";q=" + admission.limit().limit() + ";w="
                + admission.limit().periodSeconds();
    }

    private static String state(Admission admission) {
        return POLICY_NAME + ";r=" + admission.remaining() + ";t=" + admission.resetSeconds();
    }

    /** The route as declared, {@code api/customers/{id}/overview}: one bucket for every id, not one per URL. */
    static String template(Class<?> type, Method method) {
        String base = type == null || !type.isAnnotationPresent(Path.class)
                ? ""
                : type.getAnnotation(Path.class).value();
        String sub = method == null || !method.isAnnotationPresent(Path.class)
                ? ""
                : method.getAnnotation(Path.class).value();
        return (strip(base) + "/" + strip(sub)).replaceAll("^/|/$", "");
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
