package dev.comptoir.kit.faults;

import dev.comptoir.kit.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code admin/faults} of each WAR: read, replace or clear its fault rules. A 404 unless enabled. */
@Path(FaultsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FaultsResource {

    static final String PATH = "admin/faults";

    @Inject
    FaultRules rules;

    @GET
    @Operation(summary = "This WAR's fault-injection rules")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "Fault injection is not enabled on this server")
    public List<FaultRule> list() {
        requireEnabled();
        return rules.all();
    }

    @PUT
    @Operation(summary = "Replaces this WAR's fault-injection rules")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "Fault injection is not enabled on this server")
    public List<FaultRule> replace(@NotNull List<@Valid @NotNull FaultRule> newRules) {
        requireEnabled();
        rules.replace(newRules);
        return rules.all();
    }

    @DELETE
    @Operation(summary = "Clears this WAR's fault-injection rules")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "404", description = "Fault injection is not enabled on this server")
    public void clear() {
        requireEnabled();
        rules.replace(List.of());
    }

    private void requireEnabled() {
        if (!rules.enabled()) {
            throw ProblemException.notFound("resource", PATH);
        }
    }
}
