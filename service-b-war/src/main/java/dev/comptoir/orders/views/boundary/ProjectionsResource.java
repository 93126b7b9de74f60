package dev.comptoir.orders.views.boundary;

import dev.comptoir.orders.views.control.OrderViews;
import dev.comptoir.orders.views.control.ProjectionStates;
import dev.comptoir.orders.views.control.RebuildRunner;
import dev.comptoir.orders.views.control.Rebuilds;
import dev.comptoir.orders.views.entity.ProjectionRebuild;
import dev.comptoir.orders.views.entity.ProjectionState;
import dev.comptoir.orders.views.entity.ViewContent;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * /orders/admin/projections/order-views: where the views stand, their content hash, and the operator's
 * rebuild (blue/green: readers keep the live generation until the rebuilt one has caught up).
 */
@Path("admin/projections/" + ProjectionStates.ORDER_VIEWS)
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionsResource {

    @Inject
    ProjectionStates states;

    @Inject
    OrderViews views;

    @Inject
    Rebuilds rebuilds;

    @Inject
    RebuildRunner runner;

    @GET
    @Operation(summary = "Where the order views stand: generation, position, lag and the latest rebuild")
    public Status status() {
        ProjectionState state = states.current();
        return new Status(
                ProjectionStates.ORDER_VIEWS,
                state.generation(),
                state.position(),
                views.lag(),
                rebuilds.latest().map(Rebuild::of).orElse(null));
    }

    @GET
    @Path("hash")
    @Operation(summary = "The order views' content hash, at their generation and position")
    public ViewContent hash() {
        return rebuilds.content();
    }

    /** Replays every stored event into a fresh generation; {@code eventsPerSecond} paces it (0: at full speed). */
    @POST
    @Path("rebuild")
    @Operation(summary = "Starts a blue/green rebuild of the order views from every stored event")
    @APIResponse(responseCode = "202")
    @APIResponse(responseCode = "409", description = "A rebuild is running")
    public Response rebuild(
            @QueryParam("eventsPerSecond") @DefaultValue("0") @Min(0) @Max(1_000_000) int eventsPerSecond,
            @Context UriInfo uri) {
        runner.start(eventsPerSecond);
        return Response.accepted(status())
                .location(
                        uri.getBaseUriBuilder().path(ProjectionsResource.class).build())
                .build();
    }

    /** Gives up the running rebuild (one started too slow, say): readers never saw it, and it is not resumed. */
    @DELETE
    @Path("rebuild")
    @Operation(summary = "Gives up the running rebuild of the order views")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "No rebuild is running")
    public Rebuild cancel() {
        return Rebuild.of(rebuilds.cancel());
    }

    @JsonbNillable
    public record Status(String projection, long generation, long position, long lag, Rebuild rebuild) {}

    /**
     * A rebuild, running (neither finishedAt nor cancelledAt), done or cancelled, with its pace: events read per
     * second while it ran.
     */
    @JsonbNillable
    public record Rebuild(
            long generation,
            Instant startedAt,
            Instant finishedAt,
            Instant cancelledAt,
            long checkpoint,
            long applied,
            int runs,
            int eventsPerSecondLimit,
            Double eventsPerSecond,
            String liveHash,
            String rebuiltHash) {

        static Rebuild of(ProjectionRebuild rebuild) {
            Double rate = rebuild.finishedAt() == null
                    ? null
                    : rebuild.applied()
                            * 1000.0
                            / Math.max(
                                    1,
                                    Duration.between(rebuild.startedAt(), rebuild.finishedAt())
                                            .toMillis());
            return new Rebuild(
                    rebuild.generation(),
                    rebuild.startedAt(),
                    rebuild.finishedAt(),
                    rebuild.cancelledAt(),
                    rebuild.checkpoint(),
                    rebuild.applied(),
                    rebuild.runs(),
                    rebuild.eventsPerSecond(),
                    rate,
                    rebuild.liveHash(),
                    rebuild.rebuiltHash());
        }
    }
}
