package dev.comptoir.kit.correlation;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** Takes or makes the request's correlation id, logs under it, and answers with it. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CorrelationIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** A caller's id is kept only if it is short and plain, so that it cannot forge log lines. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public void filter(ContainerRequestContext request) {
        String id = request.getHeaderString(CorrelationId.HEADER);
        if (id == null || !ACCEPTED.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            request.getHeaders().putSingle(CorrelationId.HEADER, id);
        }
        MDC.put(CorrelationId.LOG_KEY, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(CorrelationId.HEADER, request.getHeaderString(CorrelationId.HEADER));
        MDC.remove(CorrelationId.LOG_KEY);
    }
}
