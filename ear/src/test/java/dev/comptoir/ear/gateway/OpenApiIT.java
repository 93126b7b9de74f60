package dev.comptoir.ear.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's MicroProfile OpenAPI document (/openapi) lists exactly the routes it serves: RESTEasy's
 * resource classes of the aggregator (GET /api/admin/routes) give one set, the document's paths and
 * operations the other. Every document says what each route answers: creations their 201, every error a problem
 * document of one schema, and no internal route; and what each route does, in a one-line summary.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** A summary is one line of a route list: what the route does, not how. */
    private static final int SUMMARY_MAX_LENGTH = 120;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void theRoutesServedAndTheRoutesDocumentedAreTheSameSet() {
        JsonHttp http = Tokens.admin(new JsonHttp(base.toString()));
        Set<String> served = http.get("/api/admin/routes").body().asJsonArray().stream()
                .map(route -> ((JsonString) route).getString())
                // The container's 401/403 pages: served, and hidden from the document on purpose.
                .filter(route -> !route.endsWith(" /problems/security/{status}"))
                .collect(Collectors.toCollection(TreeSet::new));
        JsonObject paths = http.get("/openapi?format=JSON").expect(200).getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(OPERATIONS::contains)
                .forEach(operation -> documented.add(operation.toUpperCase(Locale.ROOT) + " " + path)));

        assertTrue(served.contains("GET /api/customers/{id}/overview"), () -> "served: " + served);
        assertTrue(served.contains("GET /api/admin/routes"), () -> "served: " + served);
        assertEquals(served, documented);
    }

    @Test
    void eachServiceHasItsOwnDocument() {
        JsonHttp http = Tokens.admin(new JsonHttp(base.toString()));
        for (String service : Set.of("customers", "orders", "inventory")) {
            JsonObject paths =
                    http.get("/openapi/" + service + "?format=JSON").expect(200).getJsonObject("paths");
            assertTrue(
                    paths.keySet().stream().noneMatch(path -> path.startsWith("/api/")),
                    service + ": " + paths.keySet());
        }
    }

    @Test
    void everyRouteDocumentsItsErrorsAsProblemDocumentsAndCreationsTheir201() {
        Map<String, JsonObject> documents = documents();
        documents.forEach((name, document) -> {
            JsonObject problem = document.getJsonObject("components")
                    .getJsonObject("schemas")
                    .getJsonObject("Problem");
            assertTrue(
                    problem != null
                            && problem.getJsonArray("required").toString().contains("title"),
                    name);
            document.getJsonObject("paths").forEach((path, item) -> {
                assertFalse(path.contains("problems/security"), name + " documents an internal route: " + path);
                item.asJsonObject().forEach((method, operation) -> {
                    if (!OPERATIONS.contains(method)) {
                        return;
                    }
                    JsonObject responses = operation.asJsonObject().getJsonObject("responses");
                    String route = name + " " + method + " " + path;
                    assertTrue(responses.keySet().stream().anyMatch(status -> status.startsWith("4")), route);
                    responses.forEach((status, response) -> {
                        if (path.endsWith("/health/ready") && status.equals("503")) {
                            // DOWN, in MicroProfile Health's shape: the one error body that is not a problem.
                            assertTrue(
                                    response.asJsonObject()
                                            .getJsonObject("content")
                                            .containsKey("application/json"),
                                    route + " " + status);
                        } else if (status.startsWith("4") || status.startsWith("5")) {
                            assertEquals(
                                    "#/components/schemas/Problem",
                                    response.asJsonObject()
                                            .getJsonObject("content")
                                            .getJsonObject("application/problem+json")
                                            .getJsonObject("schema")
                                            .getString("$ref"),
                                    route + " " + status);
                        }
                    });
                });
            });
        });
        assertTrue(responses(documents.get("customers"), "/customers/", "post").containsKey("201"));
        assertTrue(responses(documents.get("/openapi"), "/api/v2/orders", "post")
                .keySet()
                .containsAll(Set.of("201", "202", "400", "401", "403", "413", "415", "429", "503")));
        assertTrue(responses(documents.get("/openapi"), "/api/customers/{id}", "get")
                .keySet()
                .containsAll(Set.of("200", "401", "403", "404", "429", "503")));
    }

    /**
     * Every operation of the four documents says what it does in one line ({@code summary}) and answers at least one
     * success status: a route list, such as Swagger UI's, shows the summary beside each route. Failing, it names each
     * operation that does not, so that a new route cannot join the API without its line.
     */
    @Test
    void everyOperationHasAOneLineSummaryAndASuccessStatus() {
        List<String> lacking = new ArrayList<>();
        documents()
                .forEach((name, document) -> document.getJsonObject("paths")
                        .forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
                            if (!OPERATIONS.contains(method)) {
                                return;
                            }
                            JsonObject operation = value.asJsonObject();
                            String route = method.toUpperCase(Locale.ROOT) + " " + path + " (" + name + ")";
                            String summary = operation.getString("summary", "");
                            if (summary.isBlank()
                                    || summary.contains("\n")
                                    || summary.contains("\r")
                                    || summary.length() > SUMMARY_MAX_LENGTH) {
                                lacking.add(route + ": no one-line summary of at most " + SUMMARY_MAX_LENGTH
                                        + " characters: \"" + summary + "\"");
                            }
                            JsonObject responses = operation.containsKey("responses")
                                    ? operation.getJsonObject("responses")
                                    : JsonValue.EMPTY_JSON_OBJECT;
                            if (responses.keySet().stream()
                                    .noneMatch(status -> status.startsWith("2") || status.startsWith("3"))) {
                                lacking.add(route + ": no success status among " + responses.keySet());
                            }
                        })));
        assertTrue(lacking.isEmpty(), () -> lacking.size() + " operation(s):\n" + String.join("\n", lacking));
    }

    /** The gateway's document ({@code /openapi}) and each service's, by name. */
    private Map<String, JsonObject> documents() {
        JsonHttp http = new JsonHttp(base.toString()).anonymous();
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        documents.put("/openapi", http.get("/openapi?format=JSON").expect(200));
        for (String service : List.of("customers", "orders", "inventory")) {
            documents.put(
                    service, http.get("/openapi/" + service + "?format=JSON").expect(200));
        }
        return documents;
    }

    /** An operation's responses; a service's document names its paths with or without its context root. */
    private static JsonObject responses(JsonObject document, String path, String method) {
        JsonObject paths = document.getJsonObject("paths");
        JsonObject item = paths.containsKey(path)
                ? paths.getJsonObject(path)
                : paths.getJsonObject(path.replaceFirst("^/[a-z]+", ""));
        return item.getJsonObject(method).getJsonObject("responses");
    }
}
