package dev.comptoir.kit.security;

import dev.comptoir.kit.ids.Grammars;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * Object-level checks of the services' {@link CustomersOwn} routes, whoever calls (the gateway checks the same
 * at its door; a service checks again, as a token may reach it another way). After RESTEasy's
 * {@code @RolesAllowed} check, which decides who may come at all.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class CustomersOwnFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    Instance<Owners> owners;

    @Override
    public void filter(ContainerRequestContext request) {
        CustomersOwn owned = resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(CustomersOwn.class);
        if (owned == null || !Callers.actsForThemselvesOnly(request.getSecurityContext())) {
            return;
        }
        UriInfo uri = request.getUriInfo();
        String id = uri.getPathParameters().getFirst(owned.value());
        if (id == null) {
            id = uri.getQueryParameters().getFirst(owned.value());
        }
        // An id outside its grammar is not looked up (a database may refuse it: PostgreSQL a NUL, with a 500);
        // Bean Validation refuses it next, with a 400 naming the parameter.
        Pattern grammar =
                Grammars.ofPathParameters(resource.getResourceMethod()).get(owned.value());
        if (id != null && grammar != null && !grammar.matcher(id).matches()) {
            return;
        }
        String owner = id == null || owned.owners() == Owners.class
                ? id
                : owners.select(owned.owners()).get().ownerOf(id);
        String caller = Callers.customerId(request.getSecurityContext());
        if (owner == null || !owner.equals(caller)) {
            request.abortWith(
                    ProblemException.notFound(owned.what(), id).problem().toResponse());
        }
    }
}
