package dev.comptoir.aggregator.console;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/admin/console/openapi/{service}}: a service's own OpenAPI document, for the console's API panel. The
 * services answer on the internal listener only, so their documents come through here; the gateway's is /openapi.
 */
@Path("api/admin/console/openapi/{service}")
@Produces(MediaType.APPLICATION_JSON)
public class ApiDocumentsResource {

    @Inject
    ServiceDoor services;

    @GET
    @Operation(summary = "A service's own OpenAPI document, as the service serves it on the internal listener")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "No such service")
    public Response document(
            @PathParam("service") String service, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.document(service, authorization).toResponse();
    }
}
