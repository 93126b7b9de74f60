package dev.comptoir.aggregator.routes.control;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
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
            String base = pathOf(resource);
            for (Method method : resource.getMethods()) {
                Optional<String> verb = httpMethod(method);
                if (verb.isPresent()) {
                    routes.add(verb.get() + " " + template(base, pathOf(method)));
                }
            }
        }
        return routes;
    }

    /** The template of a resource method, {@code /api/customers/{id}}: what the access log and metrics name. */
    public static String template(Class<?> resource, Method method) {
        return template(pathOf(resource), pathOf(method));
    }

    private static String pathOf(AnnotatedElement element) {
        return element != null && element.isAnnotationPresent(Path.class)
                ? element.getAnnotation(Path.class).value()
                : "";
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
