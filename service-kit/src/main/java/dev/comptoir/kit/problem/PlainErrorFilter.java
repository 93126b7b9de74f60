package dev.comptoir.kit.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Errors that a filter of the platform answers in plain text become problem documents too, keeping their
 * status: WildFly's LRA participant filter refuses a participant call without an LRA (412, "MANDATORY but
 * no tx") or whose LRA has ended (the coordinator's 404 or 410) that way, before any mapper is asked, and
 * the response then takes the resource's media type (JSON) for its plain text.
 */
@Provider
public class PlainErrorFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400
                || !(response.getEntity() instanceof String text)
                || text.isBlank()
                || text.stripLeading().startsWith("{")) {
            return;
        }
        String reason = response.getStatusInfo().getReasonPhrase();
        Problem problem = new Problem(response.getStatus(), "about:blank", reason, text.strip(), Map.of());
        response.setEntity(problem.toJson().toString(), null, Problem.MEDIA_TYPE);
    }
}
