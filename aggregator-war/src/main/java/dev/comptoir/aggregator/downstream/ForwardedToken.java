package dev.comptoir.aggregator.downstream;

import dev.comptoir.kit.security.CallerToken;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Every call to a service carries the gateway's caller's bearer token: the services require one, and so see
 * who the caller is. The call runs on the downstream executor, where {@link BalancedClient} set the token it
 * read on the request thread; header propagation from the JAX-RS request context does not reach that thread.
 */
public class ForwardedToken implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String authorization = CallerToken.current();
        if (authorization != null) {
            request.getHeaders().putSingle(CallerToken.HEADER, authorization);
        }
    }
}
