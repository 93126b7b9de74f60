package dev.comptoir.aggregator.breakers.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.breakers.control.Breakers;
import dev.comptoir.aggregator.breakers.entity.AuditEntry;
import dev.comptoir.aggregator.breakers.entity.BreakerSettings;
import dev.comptoir.aggregator.breakers.entity.OperatorAction;
import dev.comptoir.aggregator.discovery.control.ServiceRegistry;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The breakers at run time: read and changed by an operator (the web.xml constraint asks for the
 * {@code operator} or {@code admin} role on all of /api/admin), each change audited with the operator's name.
 */
@Path("api/admin/breakers")
@Produces(MediaType.APPLICATION_JSON)
public class BreakersResource {

    @Inject
    Breakers breakers;

    @Inject
    TransitionStream stream;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "Every service's circuit breaker: its variant, state, counts, thresholds and recent transitions")
    public JsonArray all() {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        ServiceRegistry.SERVICES.forEach(service -> all.add(BreakerJson.of(service, breakers.breaker(service))));
        return all.build();
    }

    @GET
    @Path("{service}")
    @Operation(summary = "One service's circuit breaker: its variant, state, counts, thresholds and recent transitions")
    public JsonObject one(@PathParam("service") String service) {
        return BreakerJson.of(service, breakers.breaker(service));
    }

    /** Transitions as they happen, as server-sent events named {@code transition}. */
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    // A void method would be documented as a 204 with no content; a client must send Accept: text/event-stream.
    @Operation(summary = "The breakers' transitions as they happen, as server-sent events named transition")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    public void events(@Context SseEventSink sink, @Context Sse sse) {
        stream.listen(sink, sse);
    }

    @GET
    @Path("audit")
    @Operation(summary = "The operators' changes to the breakers, each with the operator's name")
    public List<AuditEntry> audit() {
        return breakers.audit();
    }

    /** Replaces the breaker by one of these settings ({@code comptoir.gateway.breakers.<service>.*}, in camelCase). */
    @PUT
    @Path("{service}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces a service's breaker by one of these settings, audited")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The breaker's variant cannot take this setting")
    public JsonObject configure(@PathParam("service") String service, JsonObject body) {
        breakers.breaker(service);
        if (body == null) {
            throw invalid(Map.of("body", "must be a JSON object of settings"));
        }
        List<String> unknown = BreakerSettings.unknown(body.keySet());
        if (!unknown.isEmpty()) {
            throw invalid(Map.of(unknown.get(0), "is not a breaker setting; known: " + BreakerSettings.NAMES));
        }
        BreakerSettings.Parsed parsed = BreakerSettings.parse(name -> text(body.get(name)));
        if (parsed.settings() == null) {
            throw invalid(parsed.violations());
        }
        return BreakerJson.of(service, breakers.reconfigure(service, parsed.settings(), operator()));
    }

    /** Forgets the changes made at run time: back to the configured breaker. */
    @DELETE
    @Path("{service}")
    @Operation(summary = "Forgets a breaker's changes made at run time: back to the configured breaker")
    public JsonObject restore(@PathParam("service") String service) {
        return BreakerJson.of(service, breakers.restore(service, operator()));
    }

    /** {@code force-open}, {@code force-closed}, {@code disable}, {@code release} or {@code reset}. */
    @POST
    @Path("{service}/{action}")
    @Operation(summary = "Forces a breaker open or closed, disables, releases or resets it, audited")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The breaker's variant cannot take this action in its state")
    public JsonObject operate(@PathParam("service") String service, @PathParam("action") String action) {
        OperatorAction known =
                OperatorAction.of(action).orElseThrow(() -> ProblemException.notFound("breaker action", action));
        return BreakerJson.of(service, breakers.operate(service, known, operator()));
    }

    private String operator() {
        return security.getUserPrincipal() == null
                ? "anonymous"
                : security.getUserPrincipal().getName();
    }

    private static Optional<String> text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        return Optional.of(value instanceof JsonString string ? string.getString() : value.toString());
    }

    private static ProblemException invalid(Map<String, String> violations) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        violations.forEach((field, message) -> {
            JsonObjectBuilder violation =
                    JSON.createObjectBuilder().add("field", field).add("message", message);
            list.add(violation);
        });
        return new ProblemException(
                Problem.of(400, "invalid-request", "Invalid request", violations.size() + " field(s) are invalid")
                        .with("violations", list.build()));
    }
}
