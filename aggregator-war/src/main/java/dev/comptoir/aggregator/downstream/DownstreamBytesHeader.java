package dev.comptoir.aggregator.downstream;

import dev.comptoir.kit.correlation.CorrelationId;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code Downstream-Bytes} on every aggregator answer: the body bytes it read from the services to make it
 * (0 for an answer from its own database), so a client can weigh a composition against a read model.
 * Runs after the correlation filter, which gives every request its id.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class DownstreamBytesHeader implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Downstream-Bytes";

    @Override
    public void filter(ContainerRequestContext request) {
        DownstreamBytes.open(request.getHeaderString(CorrelationId.HEADER));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        DownstreamBytes.close(request.getHeaderString(CorrelationId.HEADER))
                .ifPresent(bytes -> response.getHeaders().putSingle(HEADER, bytes));
    }
}
