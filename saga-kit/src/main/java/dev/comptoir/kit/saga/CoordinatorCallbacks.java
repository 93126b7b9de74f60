package dev.comptoir.kit.saga;

import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an LRA participant's callbacks ({@code @Compensate}, {@code @Complete}, {@code @Status}) accept, since
 * they take no token: WildFly's coordinator (Narayana) calls them with the LRA headers only, and has no setting
 * to add an {@code Authorization} header. So each callback acts only on an LRA id of this participant's
 * coordinator: an http(s) URL under the coordinator's path ({@code lra.coordinator.url}). The host is not
 * compared: the coordinator names its LRAs after the host its client called (localhost, 127.0.0.1, ...).
 * What stays open (docs/patterns/02-api-gateway.md): a caller who knows a live LRA's id can end this
 * participant's part early; it cannot reserve anything, nor reach any other route.
 */
@ApplicationScoped
public class CoordinatorCallbacks {

    /** The key WildFly's lra-participant subsystem sets (server-config: the coordinator on the internal listener). */
    @Inject
    @ConfigProperty(
            name = "lra.coordinator.url",
            defaultValue = "http://localhost:8180/lra-coordinator/lra-coordinator")
    String coordinator;

    /** @return the LRA id, if it is one of this participant's coordinator; else a 412 problem. */
    public String lraOfOurCoordinator(String lraId) {
        String ours = URI.create(coordinator).getPath().replaceAll("/+$", "") + "/";
        try {
            URI id = lraId == null ? null : URI.create(lraId);
            if (id != null
                    && ("http".equals(id.getScheme()) || "https".equals(id.getScheme()))
                    && id.getRawPath() != null
                    && id.getRawPath().startsWith(ours)
                    && id.getRawPath().length() > ours.length()
                    && id.getRawQuery() == null) {
                return lraId;
            }
        } catch (IllegalArgumentException notAUri) {
            // refused below
        }
        throw new ProblemException(Problem.of(
                412,
                "unknown-lra",
                "Not an LRA of this participant's coordinator",
                "The Long-Running-Action header must name an LRA of " + ours));
    }
}
