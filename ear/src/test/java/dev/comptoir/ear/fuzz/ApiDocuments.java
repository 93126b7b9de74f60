package dev.comptoir.ear.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The routes of the four OpenAPI documents: the gateway's ({@code /openapi}) and each service's. */
final class ApiDocuments {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ApiDocuments() {}

    static List<Route> load(String gateway, String services) {
        List<Route> routes = new ArrayList<>(read("gateway", gateway, "/openapi", ""));
        for (String service : List.of("customers", "orders", "inventory")) {
            routes.addAll(read(service, services, "/openapi/" + service, "/" + service));
        }
        return routes;
    }

    private static List<Route> read(String name, String base, String documentPath, String context) {
        JsonObject document = new JsonHttp(base)
                .anonymous()
                .get(documentPath + "?format=JSON")
                .expect(200);
        JsonObject components =
                document.containsKey("components") ? document.getJsonObject("components") : JsonValue.EMPTY_JSON_OBJECT;
        List<Route> routes = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> {
            // A service's document lists its paths with or without the context root, depending on the path.
            String template = context.isEmpty() || path.startsWith(context + "/") ? path : context + path;
            item.asJsonObject().forEach((method, operation) -> {
                if (METHODS.contains(method)) {
                    routes.add(route(name, base, method, template, operation.asJsonObject(), components));
                }
            });
        });
        assertTrue(routes.size() >= 5, name + " documents " + routes.size() + " routes");
        return routes;
    }

    private static Route route(
            String document, String base, String method, String template, JsonObject operation, JsonObject components) {
        List<Route.Parameter> parameters = new ArrayList<>();
        if (operation.containsKey("parameters")) {
            operation.getJsonArray("parameters").stream()
                    .map(parameter -> Schemas.resolve(parameter.asJsonObject(), components))
                    .forEach(parameter -> parameters.add(new Route.Parameter(
                            parameter.getString("name"),
                            parameter.getString("in"),
                            parameter.containsKey("schema")
                                    ? Schemas.resolve(parameter.getJsonObject("schema"), components)
                                    : JsonValue.EMPTY_JSON_OBJECT)));
        }
        JsonObject body = null;
        if (operation.containsKey("requestBody")) {
            JsonObject content = Schemas.resolve(operation.getJsonObject("requestBody"), components)
                    .getJsonObject("content");
            body = content == null || content.isEmpty()
                    ? JsonValue.EMPTY_JSON_OBJECT
                    : content.values().iterator().next().asJsonObject().getJsonObject("schema");
            body = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        }
        Set<String> produces = new LinkedHashSet<>();
        Set<String> documented = new LinkedHashSet<>();
        JsonObject responses =
                operation.containsKey("responses") ? operation.getJsonObject("responses") : JsonValue.EMPTY_JSON_OBJECT;
        responses.forEach((status, response) -> {
            documented.add(status);
            JsonObject content = response.asJsonObject().getJsonObject("content");
            if (status.startsWith("2") && content != null) {
                produces.addAll(content.keySet());
            }
        });
        return new Route(
                document,
                base,
                method.toUpperCase(Locale.ROOT),
                template,
                List.copyOf(parameters),
                body,
                components,
                Set.copyOf(produces),
                Set.copyOf(documented));
    }
}
