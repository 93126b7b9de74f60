package dev.comptoir.aggregator.deadletters.boundary;

import dev.comptoir.aggregator.deadletters.control.DeadLetters;
import dev.comptoir.aggregator.deadletters.entity.DeadLetter;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /api/admin/dead-letters: list (?key= the entity they are about), inspect ({id}) and replay ({id}/replay). */
@Path("api/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    @Operation(summary = "The dead-lettered messages, oldest first; with key, only those about that entity")
    public List<DeadLetter> list(
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit, @QueryParam("key") String key) {
        return deadLetters.list(limit, key);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One dead-lettered message")
    public DeadLetter get(@PathParam("id") String id) {
        return deadLetters.get(id);
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Sends a dead-lettered message to its destination again; answers the message as it was")
    public DeadLetter replay(@PathParam("id") String id) {
        return deadLetters.replay(id);
    }
}
