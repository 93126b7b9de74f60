package dev.comptoir.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.Locale;
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
 * operations the other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

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
}
