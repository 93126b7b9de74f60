package dev.comptoir.kit.health;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code <context>/health/ready}: the readiness of this one WAR, for the aggregator's service registry.
 * Why not MicroProfile Health's own {@code /health/ready}: WildFly serves it on the management port, for
 * the whole server (every deployment's checks merged), so it cannot tell two instances of a service on
 * one server apart and asks the caller for management credentials. This runs the same {@code @Readiness}
 * beans of this WAR and answers in MicroProfile Health's shape: 200 UP, or 503 DOWN.
 */
@Path("health/ready")
public class InstanceReadinessResource {

    @Inject
    @Readiness
    Instance<HealthCheck> checks;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "This WAR's readiness, in MicroProfile Health's shape: UP or DOWN, with each check")
    @APIResponse(responseCode = "200", description = "UP")
    @APIResponse(
            responseCode = "503",
            description = "DOWN: a readiness check failed (MicroProfile Health's shape, not a problem document)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response ready() {
        boolean up = true;
        JsonArrayBuilder results = JSON.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse response = check.call();
            up &= response.getStatus() == HealthCheckResponse.Status.UP;
            results.add(JSON.createObjectBuilder()
                    .add("name", response.getName())
                    .add("status", response.getStatus().name()));
        }
        JsonObject body = JSON.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", results)
                .build();
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
