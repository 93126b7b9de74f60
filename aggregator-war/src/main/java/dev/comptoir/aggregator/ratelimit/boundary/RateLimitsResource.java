package dev.comptoir.aggregator.ratelimit.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.ratelimit.control.RateLimiter;
import dev.comptoir.aggregator.ratelimit.entity.RateLimit;
import dev.comptoir.aggregator.ratelimit.entity.RateLimitPolicy;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The rate limits in force: read by anyone, replaced or restored to the configured ones by an operator
 * (web.xml asks for the {@code operator} or {@code admin} role on all of /api/admin). Body of a PUT:
 * {@code {"enabled":true,"limit":100,"periodSeconds":1,"routes":{"GET api/orders/{id}/details":{"limit":5,"periodSeconds":60}}}}.
 */
@Path("api/admin/rate-limits")
@Produces(MediaType.APPLICATION_JSON)
public class RateLimitsResource {

    @Inject
    RateLimiter limiter;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The rate limits in force: whether they apply, the default limit and each route's own")
    public JsonObject policy() {
        RateLimitPolicy policy = limiter.policy();
        JsonObjectBuilder routes = JSON.createObjectBuilder();
        policy.routes().forEach((route, limit) -> routes.add(route, json(limit)));
        return json(policy.defaults())
                .add("enabled", policy.enabled())
                .add("routes", routes)
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the rate limits in force, audited with the operator's name")
    public JsonObject replace(JsonObject body) {
        if (body == null) {
            throw invalid("body", "must be a JSON object");
        }
        refuseUnknown(body, Set.of("enabled", "limit", "periodSeconds", "routes"), "");
        Map<String, RateLimit> routes = new LinkedHashMap<>();
        JsonValue routesJson = body.getOrDefault("routes", JsonValue.EMPTY_JSON_OBJECT);
        if (!(routesJson instanceof JsonObject routeLimits)) {
            throw invalid("routes", "must be an object of route to limit");
        }
        routeLimits.forEach((route, limit) -> {
            if (!(limit instanceof JsonObject object)) {
                throw invalid("routes." + route, "must be an object with limit and periodSeconds");
            }
            refuseUnknown(object, Set.of("limit", "periodSeconds"), "routes." + route + ".");
            routes.put(route, limit(object, "routes." + route + "."));
        });
        JsonValue enabled = body.get("enabled");
        if (enabled == null
                || (enabled.getValueType() != JsonValue.ValueType.TRUE
                        && enabled.getValueType() != JsonValue.ValueType.FALSE)) {
            throw invalid("enabled", "must be true or false");
        }
        limiter.replace(
                new RateLimitPolicy(enabled.getValueType() == JsonValue.ValueType.TRUE, limit(body, ""), routes),
                operator());
        return policy();
    }

    @DELETE
    @Operation(summary = "Restores the configured rate limits, forgetting the changes made at run time")
    public JsonObject restore() {
        limiter.restore(operator());
        return policy();
    }

    /** Mass assignment: a property this API does not know is refused by name, never ignored. */
    private static void refuseUnknown(JsonObject json, Set<String> known, String prefix) {
        for (String name : json.keySet()) {
            if (!known.contains(name)) {
                throw invalid(prefix + name, "is not a rate-limit setting; known: " + new TreeSet<>(known));
            }
        }
    }

    private static RateLimit limit(JsonObject json, String prefix) {
        return new RateLimit(whole(json, "limit", prefix), whole(json, "periodSeconds", prefix));
    }

    private static long whole(JsonObject json, String name, String prefix) {
        if (!(json.get(name) instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 1) {
            throw invalid(prefix + name, "must be a whole number, 1 or more");
        }
        return number.longValue();
    }

    private static JsonObjectBuilder json(RateLimit limit) {
        return JSON.createObjectBuilder().add("limit", limit.limit()).add("periodSeconds", limit.periodSeconds());
    }

    private String operator() {
        return security.getUserPrincipal() == null
                ? "anonymous"
                : security.getUserPrincipal().getName();
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid request", field + " " + message)
                .with(
                        "violations",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder()
                                        .add("field", field)
                                        .add("message", message))
                                .build()));
    }
}
