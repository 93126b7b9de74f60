package dev.comptoir.kit.security;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * A call to another service carries the caller's bearer token ({@link CallerToken} of the thread that makes it):
 * the services require one, and so see who the caller is and check what it may do. Registered on the REST clients
 * that act for the caller; a call on another thread than the request's runs inside {@link CallerToken#during}.
 */
public class ForwardedCallerToken implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String authorization = CallerToken.current();
        if (authorization != null) {
            request.getHeaders().putSingle(CallerToken.HEADER, authorization);
        }
    }
}
