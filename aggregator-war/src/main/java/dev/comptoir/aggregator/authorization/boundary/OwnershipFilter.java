package dev.comptoir.aggregator.authorization.boundary;

import dev.comptoir.aggregator.downstream.DownstreamRefusal;
import dev.comptoir.aggregator.orders.control.OrdersClient;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
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
        String what = owned.value() == OwnedBy.Kind.CUSTOMER ? "customer" : "order";
        String caller = security.getUserPrincipal() instanceof JsonWebToken token
                ? customerId(token.getClaim(CUSTOMER_ID))
                : null;
        if (caller == null || !caller.equals(owned.value() == OwnedBy.Kind.CUSTOMER ? id : ownerOfOrder(id))) {
            request.abortWith(ProblemException.notFound(what, id).problem().toResponse());
        }
    }

    /** SmallRye JWT gives a claim of its own as a JSON value. */
    private static String customerId(Object claim) {
        return claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
    }

    /** The customer who placed the order, or null when Orders knows no such order. */
    private String ownerOfOrder(String id) {
        try {
            return orders.order(id)
                    .toCompletableFuture()
                    .get(5, TimeUnit.SECONDS)
                    .customerId();
        } catch (ExecutionException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DownstreamRefusal refusal && refusal.status() == 404) {
                    return null;
                }
            }
            throw unavailable();
        } catch (TimeoutException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(Problem.of(
                        503, "service-unavailable", "Service unavailable", "Orders could not tell who owns this order")
                .with("source", Json.createValue("orders")));
    }
}
