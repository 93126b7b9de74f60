package dev.comptoir.aggregator.console;

import dev.comptoir.kit.ids.Uuid;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/admin/console/sagas/{orderId}/participations/{service}/{action}?style=}: an operator finishes a
 * participant's parked compensation from the console, by the participant's own
 * {@code saga/participations/{sagaId}/retry} or {@code resolve}, which record the operator and the note. The saga is
 * named by its order and style, not by its saga id: a colon in a request's path fails the container's authorization
 * check (JACC reads it as a pattern qualifier).
 */
@Path("api/admin/console/sagas/{orderId}/participations/{service}/{action}")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleParticipationsResource {

    @Inject
    ServiceDoor services;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retries or resolves a participant's parked compensation, with the operator's note")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "The participant has no record of that saga")
    @APIResponse(responseCode = "409", description = "The participation is not waiting for an operator")
    public Response act(
            @PathParam("orderId") @Uuid String orderId,
            @PathParam("service") @Pattern(regexp = "customers|inventory") String service,
            @PathParam("action") @Pattern(regexp = "retry|resolve") String action,
            @QueryParam("style") @NotNull @Pattern(regexp = "orchestrated|choreographed") String style,
            String note,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String sagaId = (style.equals("choreographed") ? "create-order:" : "lra-of-order:") + orderId;
        return services.one(service, "POST", "saga/participations/" + sagaId + "/" + action, note, authorization)
                .toResponse();
    }
}
