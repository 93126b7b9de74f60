package dev.comptoir.kit.security;

import dev.comptoir.kit.problem.Problem;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The error pages (web.xml) of the container's 401 and 403: the security constraint refuses a request
 * before JAX-RS sees it, and the container's own page is HTML. The error dispatch keeps the refused
 * request's method, hence one method per verb. A 401 carries the bearer challenge. Hidden from the OpenAPI
 * documents: no client calls them.
 */
@Path(SecurityProblemsResource.PATH)
public class SecurityProblemsResource {

    static final String PATH = "problems/security/{status}";

    @GET
    @Operation(hidden = true)
    public Response get(@PathParam("status") int status) {
        return problem(status);
    }

    @POST
    @Operation(hidden = true)
    public Response post(@PathParam("status") int status) {
        return problem(status);
    }

    @PUT
    @Operation(hidden = true)
    public Response put(@PathParam("status") int status) {
        return problem(status);
    }

    @DELETE
    @Operation(hidden = true)
    public Response delete(@PathParam("status") int status) {
        return problem(status);
    }

    @PATCH
    @Operation(hidden = true)
    public Response patch(@PathParam("status") int status) {
        return problem(status);
    }

    private static Response problem(int status) {
        if (status == 403) {
            return Problem.of(403, "forbidden", "Forbidden", "This token's roles do not allow this request")
                    .toResponse();
        }
        // MicroProfile JWT's mechanism refuses without a challenge; RFC 6750 asks for one.
        return Response.fromResponse(Problem.of(
                                401,
                                "unauthenticated",
                                "Authentication required",
                                "Give a valid bearer token (POST /api/auth/token)")
                        .toResponse())
                .header("WWW-Authenticate", "Bearer realm=\"Comptoir\"")
                .build();
    }
}
