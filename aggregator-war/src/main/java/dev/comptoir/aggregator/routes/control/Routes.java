package dev.comptoir.aggregator.routes.control;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Routes as {@code "GET /api/customers/{id}/overview"}: the method and the template, parameters without regex. */
public final class Routes {

    private Routes() {}

    public static Set<String> of(Collection<Class<?>> resources) {
        Set<String> routes = new TreeSet<>();
        for (Class<?> resource : resources) {
            String base = resource.isAnnotationPresent(Path.class)
                    ? resource.getAnnotation(Path.class).value()
                    : "";
            for (Method method : resource.getMethods()) {
                Optional<String> verb = httpMethod(method);
                if (verb.isPresent()) {
                    String sub = method.isAnnotationPresent(Path.class)
                            ? method.getAnnotation(Path.class).value()
                            : "";
                    routes.add(verb.get() + " " + template(base, sub));
                }
            }
        }
        return routes;
    }

    static String template(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        // {id: [0-9]+} is {id} in OpenAPI's paths.
        return joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .filter(type -> type.isAnnotationPresent(HttpMethod.class))
                .map(type -> type.getAnnotation(HttpMethod.class).value())
                .findFirst();
    }
}
