package dev.comptoir.kit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * The bearer token of the caller the current thread serves, so that a WAR's calls to the other services carry
 * it (the services require one, and see who the caller is). Kept only once the container has authenticated the
 * request with it: the raw {@code Authorization} header of a request with a user principal, which MicroProfile
 * JWT set after verifying that header. A servlet filter rather than a JAX-RS one, because its try/finally
 * always clears the thread, whatever the request ends with.
 *
 * <p>Work handed to another thread (the aggregator's fan-out on its managed executor) takes the token along
 * explicitly: read {@link #current()} on the request thread, run the work {@link #during} it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CallerToken extends HttpFilter {

    public static final String HEADER = "Authorization";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** {@code Bearer <jwt>} of the request in progress on this thread, or null (anonymous, or no request). */
    public static String current() {
        return CURRENT.get();
    }

    /** Runs work on this thread as if it served the caller of that authorization (null: no caller). */
    public static <T> T during(String authorization, Supplier<T> work) {
        String previous = CURRENT.get();
        set(authorization);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader(HEADER);
        boolean verified = request.getUserPrincipal() != null
                && authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        String previous = CURRENT.get();
        set(verified ? authorization : null);
        try {
            chain.doFilter(request, response);
        } finally {
            set(previous);
        }
    }

    private static void set(String authorization) {
        if (authorization == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(authorization);
        }
    }
}
