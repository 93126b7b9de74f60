package dev.comptoir.aggregator.auth.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.auth.control.DemoUsers;
import dev.comptoir.aggregator.auth.control.TokenIssuer;
import dev.comptoir.aggregator.auth.entity.DemoUser;
import dev.comptoir.kit.problem.Problem;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/auth/token} with {@code {"username","password"}} of a demo user: an RS256 bearer token. The
 * only /api route open without a token (web.xml). Any other property is refused, not ignored: a caller cannot
 * ask for groups or a subject of its choosing.
 */
@Path("api/auth/token")
public class TokenResource {

    private static final Set<String> FIELDS = Set.of("username", "password");

    @Inject
    DemoUsers users;

    @Inject
    TokenIssuer issuer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A bearer token (RS256) for a demo user's username and password")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "401", description = "Unknown user or wrong password")
    public Response token(JsonObject request) {
        JsonArrayBuilder violations = JSON.createArrayBuilder();
        boolean refused = false;
        for (String field : request == null ? Set.<String>of() : request.keySet()) {
            if (!FIELDS.contains(field)) {
                violations.add(violation(field, "unknown property, not accepted"));
                refused = true;
            }
        }
        for (String field : FIELDS) {
            if (request == null || !(request.get(field) instanceof JsonString)) {
                violations.add(violation(field, "must be a string"));
                refused = true;
            }
        }
        if (refused) {
            return Problem.of(400, "invalid-request", "Invalid request", "Give a username and a password, nothing else")
                    .with("violations", violations.build())
                    .toResponse();
        }
        Optional<DemoUser> user = users.authenticate(request.getString("username"), request.getString("password"));
        if (user.isEmpty()) {
            return Problem.of(401, "unauthenticated", "Authentication required", "Unknown user or wrong password")
                    .toResponse();
        }
        return Response.ok(JSON.createObjectBuilder()
                        .add("access_token", issuer.issue(user.get()))
                        .add("token_type", "Bearer")
                        .add("expires_in", issuer.lifetimeSeconds())
                        .build())
                .header("Cache-Control", "no-store")
                .build();
    }

    private static JsonObject violation(String field, String message) {
        return JSON.createObjectBuilder()
                .add("field", field)
                .add("message", message)
                .build();
    }
}
