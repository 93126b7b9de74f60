package dev.comptoir.kit.correlation;

import io.opentelemetry.context.Context;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Starts and ends every request of the WAR with no trace context current on its thread. WildFly's tracing
 * (SmallRye OpenTelemetry's JAX-RS filters) keeps a span current in a thread local from its request filter to its
 * response filter, and leaves it there when that response filter does not run on the thread: a REST client call
 * that got no answer (smallrye-opentelemetry issue 344), an answer completed on another thread. The next request
 * the worker thread served took that stale span for its parent, and got no server span of its own. A request's
 * parent is in its {@code traceparent} header, never on its thread. A servlet filter, so that its try/finally
 * runs around all of the request's JAX-RS filters.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FreshTraceContext extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        clear();
        try {
            chain.doFilter(request, response);
        } finally {
            clear();
        }
    }

    /** The scope is left open on purpose: no context from before is to come back on this thread. */
    private static void clear() {
        if (Context.current() != Context.root()) {
            Context.root().makeCurrent();
        }
    }
}
