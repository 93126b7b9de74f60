package dev.comptoir.kit.correlation;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Every call a WAR makes to another service carries the correlation id of the request (or message) its thread
 * serves, so that the service's log and access log lines join the caller's. Registered on each JAX-RS and REST
 * client; a call made on another thread than the request's runs inside {@link CorrelationId#during}.
 */
public class ForwardedCorrelationId implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String id = CorrelationId.current();
        if (id != null) {
            request.getHeaders().putSingle(CorrelationId.HEADER, id);
        }
    }
}
