package dev.comptoir.orders.saga.boundary;

import dev.comptoir.kit.security.Roles;
import dev.comptoir.orders.saga.control.SagaLog;
import dev.comptoir.orders.saga.entity.Saga;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** /orders/sagas: the most recently started sagas of both styles, newest first, each as a line of an operator's list. */
@Path("sagas")
@Produces(MediaType.APPLICATION_JSON)
public class RecentSagasResource {

    @Inject
    SagaLog log;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "The most recently started sagas of both styles, newest first")
    public List<Line> recent(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return log.recent(limit).stream().map(Line::of).toList();
    }

    @JsonbNillable
    public record Line(String orderId, String style, String state, String reason, Instant startedAt, Instant endedAt) {

        static Line of(Saga saga) {
            return new Line(
                    saga.orderId(),
                    saga.style().name(),
                    saga.state().name(),
                    saga.reason(),
                    saga.startedAt(),
                    saga.endedAt());
        }
    }
}
