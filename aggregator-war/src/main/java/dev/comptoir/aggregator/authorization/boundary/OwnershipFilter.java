package dev.comptoir.aggregator.authorization.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.orders.control.OrdersClient;
import dev.comptoir.aggregator.orders.entity.Order;
import dev.comptoir.aggregator.refusal.DownstreamRefusal;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Object-level checks of {@link OwnedBy} routes: an admin reaches any object, a customer only the ones whose
 * owner is the {@code customer_id} of their token. Anything else is answered exactly as an unknown id is
 * (404, the same problem), so that a customer learns nothing of the others' ids. After the rate limiter, so
 * that probing ids counts against the caller's quota; before the response cache, whose copies go only to the
 * callers that pass here.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 150)
public class OwnershipFilter implements ContainerRequestFilter {

    /** The claim of a customer's token that names their customer id. */
    public static final String CUSTOMER_ID = "customer_id";

    @Context
    ResourceInfo resource;

    @Inject
    OrdersClient orders;

    @Override
    public void filter(ContainerRequestContext request) {
        OwnedBy owned = resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(OwnedBy.class);
        SecurityContext security = request.getSecurityContext();
        if (owned == null || security.isUserInRole("admin")) {
            return;
        }
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        String what = owned.value().name().toLowerCase(Locale.ROOT);
        String caller = callerCustomerId(security);
        if (caller == null || !caller.equals(owner(owned.value(), id, request))) {
            request.abortWith(ProblemException.notFound(what, id).problem().toResponse());
        }
    }

    /**
     * Refuses (403, naming the body's {@code field}) a placement for a customer the caller may not act for: an admin
     * places for anyone, a customer for themselves only.
     */
    public static void requirePlacingFor(SecurityContext security, String customerId, String field) {
        if (!security.isUserInRole("admin") && !customerId.equals(callerCustomerId(security))) {
            throw new ProblemException(
                    Problem.of(403, "not-your-customer", "Forbidden", "A customer places orders only for themselves")
                            .with("field", JSON.createValue(field)));
        }
    }

    /** The {@code customer_id} of the caller's token; SmallRye JWT gives a claim of its own as a JSON value. */
    private static String callerCustomerId(SecurityContext security) {
        Object claim = security.getUserPrincipal() instanceof JsonWebToken token ? token.getClaim(CUSTOMER_ID) : null;
        return claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
    }

    private String owner(OwnedBy.Kind kind, String id, ContainerRequestContext request) {
        return switch (kind) {
            case CUSTOMER -> id;
            case ORDER -> ownerOf(orders.order(id).thenApply(Order::customerId), "order");
            case COMMAND ->
                ownerOf(orders.command(id).thenApply(command -> command.getString("customerId", null)), "command");
        };
    }

    /** The customer an order or command is for, or null when Orders knows no such one. */
    private static String ownerOf(CompletionStage<String> owner, String what) {
        try {
            return owner.toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DownstreamRefusal refusal && refusal.status() == 404) {
                    return null;
                }
            }
            throw unavailable(what);
        } catch (TimeoutException e) {
            throw unavailable(what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(what);
        }
    }

    private static ProblemException unavailable(String what) {
        return new ProblemException(Problem.of(
                        503,
                        "service-unavailable",
                        "Service unavailable",
                        "Orders could not tell who owns this " + what)
                .with("source", JSON.createValue("orders")));
    }
}
