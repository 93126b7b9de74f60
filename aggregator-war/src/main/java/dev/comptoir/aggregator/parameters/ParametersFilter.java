package dev.comptoir.aggregator.parameters;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.ids.Grammars;
import dev.comptoir.kit.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Refuses a request whose path parameter breaks its route's grammar ({@code @Pattern}, or the kit's
 * {@code @Uuid}, {@code @Sku}: {@code Grammars}), or that carries a query parameter
 * the route does not declare, with a 400 problem naming each. Why a filter when Bean Validation checks the same
 * {@code @Pattern}: Bean Validation runs only when the resource method is called, after the ownership filter,
 * which asks Orders about the id; an id such as {@code ..%2Fx} must never reach a service. After the rate
 * limiter (refusals count against the caller's quota), before the ownership check.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 140)
public class ParametersFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        // The container's 401/403 error page (the kit's security problems) is dispatched with the refused
        // request's query: its parameters belong to the route that was refused, not to the error page.
        if (method == null || servletRequest.getDispatcherType() == DispatcherType.ERROR) {
            return;
        }
        Declared route = declared.computeIfAbsent(method, ParametersFilter::declaredBy);
        JsonArrayBuilder violations = JSON.createArrayBuilder();
        int count = 0;
        for (Map.Entry<String, Pattern> path : route.paths().entrySet()) {
            String value = request.getUriInfo().getPathParameters().getFirst(path.getKey());
            if (value != null && !path.getValue().matcher(value).matches()) {
                violations.add(violation(path.getKey(), "must match \"" + path.getValue() + "\""));
                count++;
            }
        }
        for (String name :
                new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
            if (!route.queries().contains(name)) {
                violations.add(violation(name, "unknown query parameter, not accepted"));
                count++;
            }
        }
        if (count > 0) {
            request.abortWith(Problem.of(400, "invalid-request", "Invalid request", count + " parameter(s) are invalid")
                    .with("violations", violations.build())
                    .toResponse());
        }
    }

    private static JsonObject violation(String field, String message) {
        return JSON.createObjectBuilder()
                .add("field", field)
                .add("message", message)
                .build();
    }

    private static Declared declaredBy(Method method) {
        Set<String> queries = new HashSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam param) {
                    queries.add(param.value());
                }
            }
        }
        return new Declared(Grammars.ofPathParameters(method), Set.copyOf(queries));
    }

    private record Declared(Map<String, Pattern> paths, Set<String> queries) {}
}
