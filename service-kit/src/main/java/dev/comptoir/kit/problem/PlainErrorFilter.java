package dev.comptoir.kit.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Errors that a filter of the platform answers in plain text become problem documents too, keeping their
 * status: WildFly's LRA participant filter refuses a participant call without an LRA (412, "MANDATORY but
 * no tx") or whose LRA has ended (the coordinator's 404 or 410) that way, before any mapper is asked, and
 * the response then takes the resource's media type (JSON) for its plain text. A server error of a method that
 * produces plain text is left in its own words: an LRA participant's callbacks, whose 500
 * {@code FailedToCompensate} the coordinator must read as it is; their refusals (a 412 for a malformed LRA
 * header, which the coordinator never sends) are problems like any other. Response filters run from the highest
 * priority to the lowest, so this one's low priority makes it run after that LRA filter's response side,
 * which writes its own plain text (a failed join's 410 {@code JoinFailed}) after the resource answered.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class PlainErrorFilter implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400
                || (response.getStatus() >= 500 && producesPlainText())
                || !(response.getEntity() instanceof String text)
                || text.isBlank()
                || text.stripLeading().startsWith("{")) {
            return;
        }
        String reason = response.getStatusInfo().getReasonPhrase();
        Problem problem = new Problem(response.getStatus(), "about:blank", reason, text.strip(), Map.of());
        response.setEntity(problem.toJson().toString(), null, Problem.MEDIA_TYPE);
    }

    private boolean producesPlainText() {
        Method method = resource == null ? null : resource.getResourceMethod();
        Produces produces = method == null ? null : method.getAnnotation(Produces.class);
        return produces != null && List.of(produces.value()).equals(List.of(MediaType.TEXT_PLAIN));
    }
}
