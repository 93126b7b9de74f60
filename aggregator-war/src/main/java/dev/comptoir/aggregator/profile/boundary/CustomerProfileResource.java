package dev.comptoir.aggregator.profile.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.authorization.boundary.OwnedBy;
import dev.comptoir.aggregator.customers.control.CustomersClient;
import dev.comptoir.aggregator.downstream.Fanout;
import dev.comptoir.aggregator.downstream.Fanouts;
import dev.comptoir.aggregator.refusal.RefusedRequest;
import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * GET /api/customers/{id}: the customer's profile as Customers answers it, one call through the gateway (a
 * one-part fan-out, its call made on the request's thread: an unknown customer is the usual 404 problem, an
 * unreachable Customers the usual 503 naming it). PUT /api/customers/{id}: an administrator changes a profile
 * through the gateway; a customer may not (the body carries the credit limit), and gets 403. Customers' own
 * refusals (400, 404, 409) are passed on. Application-scoped: made once, not made, injected and validated anew for each
 * request, as RESTEasy does a resource class of no scope (the gateway benchmark's route).
 */
@ApplicationScoped
@Path("api/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerProfileResource {

    @Inject
    Fanouts fanouts;

    @Inject
    CustomersClient customers;

    @OwnedBy(OwnedBy.Kind.CUSTOMER)
    @GET
    @Path("{id}")
    @Operation(summary = "The customer's profile, as Customers answers it")
    public JsonObject profile(@PathParam("id") @Uuid String id) {
        Fanout fanout = fanouts.begin();
        Fanout.Part<JsonObject> customer =
                fanout.start("customer", "customers", () -> customers.customerDocumentHere(id));
        return fanout.required(customer, new Fanout.Missing("customer", id));
    }

    /** What a profile change may set (Customers' own form); anything else is refused, not passed on. */
    private static final Set<String> PROFILE_FIELDS = Set.of("name", "email", "creditLimit");

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a customer's profile through the gateway: an administrator's only")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "Refused by Customers: another customer has this email")
    @APIResponse(
            responseCode = "422",
            description = "Refused by Customers: the credit limit is below the credit in use")
    public JsonObject change(@PathParam("id") @Uuid String id, JsonObject profile, @Context SecurityContext caller) {
        if (!caller.isUserInRole("admin")) {
            throw new ProblemException(
                    Problem.of(403, "forbidden", "Forbidden", "Only an administrator changes a customer's profile"));
        }
        refuseUnknownProperties(profile);
        try {
            return customers.update(id, profile).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RefusedRequest refused && refused.problem() != null) {
                throw new ProblemException(new Problem(
                        refused.status(),
                        refused.problemType(),
                        "Refused by Customers",
                        "Customers refused the change: " + refused.problemType(),
                        Map.of("source", JSON.createValue("customers"))));
            }
            throw new ProblemException(Problem.of(
                    503, "source-unavailable", "A required source is unavailable", "Customers: " + e.getCause()));
        }
    }

    private static void refuseUnknownProperties(JsonObject profile) {
        JsonArrayBuilder violations = JSON.createArrayBuilder();
        Set<String> fields = profile == null ? Set.of() : new TreeSet<>(profile.keySet());
        fields.stream()
                .filter(field -> !PROFILE_FIELDS.contains(field))
                .forEach(field -> violations.add(JSON.createObjectBuilder()
                        .add("field", field)
                        .add("message", "unknown property, not accepted")));
        JsonArray refused = violations.build();
        if (profile == null || !refused.isEmpty()) {
            throw new ProblemException(Problem.of(
                            400, "invalid-request", "Invalid request", "Give name, email and creditLimit, nothing else")
                    .with("violations", refused));
        }
    }
}
