package dev.comptoir.aggregator.destinations.boundary;

import dev.comptoir.aggregator.destinations.control.Destinations;
import dev.comptoir.aggregator.destinations.entity.Destination;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** /api/admin/destinations: the broker's queues with their counts and consumers, as the broker keeps them. */
@Path("api/admin/destinations")
@Produces(MediaType.APPLICATION_JSON)
public class DestinationsResource {

    @Inject
    Destinations destinations;

    @Operation(summary = "The broker's queues with their messages and consumers, as the broker counts them")
    @GET
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "This server embeds no broker (the domain's is separate)")
    public List<Destination> all() {
        return destinations.all();
    }
}
