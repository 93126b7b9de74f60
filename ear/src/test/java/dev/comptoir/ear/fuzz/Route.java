package dev.comptoir.ear.fuzz;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * One operation of an OpenAPI document: where it is served ({@code base}), its method and path template (the
 * service's context included), its parameters, its request body's schema (null when it takes none, references
 * resolved through {@code components}), the content types of its success and the statuses it documents.
 */
record Route(
        String document,
        String base,
        String method,
        String template,
        List<Parameter> parameters,
        JsonObject bodySchema,
        JsonObject components,
        Set<String> produces,
        Set<String> documented) {

    /** A parameter: its name, where it goes (path, query, header) and its schema. */
    record Parameter(String name, String in, JsonObject schema) {}

    String key() {
        return method + " " + template;
    }

    boolean writes() {
        return Set.of("POST", "PUT", "PATCH").contains(method);
    }

    List<Parameter> in(String where) {
        return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }
}
