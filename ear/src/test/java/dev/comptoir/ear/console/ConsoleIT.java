package dev.comptoir.ear.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.HeadlessChromium;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console at /ui (docs/operations/console.md) in Debian's headless Chromium, driven by playwright-core
 * (src/test/console/console-panels.mjs, installed into target/console by the build): signed in as the gateway's
 * administrator, its scenarios and Inventory's breaker as the page shows them. Each panel's screenshot is saved under
 * target/console-screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

    private static final Path SCREENSHOTS =
            Path.of("target/console-screenshots").toAbsolutePath();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePageOpensWithoutATokenWithAPolicyAgainstInlineScriptsAndItsRoutesTakeOne()
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(gateway() + "/ui/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals("/ui/index.html", page.uri().getPath());
        assertTrue(page.body().contains("<script type=\"module\" src=\"console.js\"></script>"), page.body());
        assertTrue(
                page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"),
                page.headers()::toString);
        HttpResponse<String> script = client.send(
                HttpRequest.newBuilder(URI.create(gateway() + "/ui/console.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, script.statusCode());
        new JsonHttp(gateway())
                .anonymous()
                .get("/api/admin/console/sagas/" + UUID.randomUUID())
                .problem(401);
        new JsonHttp(gateway())
                .bearer(Tokens.customer(UUID.randomUUID().toString()))
                .post("/api/admin/console/fixtures", "{\"creditLimit\":1}")
                .problem(403);
    }

    @Test
    void showsSagasBreakersDeadLettersAndAnOrdersEventsAsTheyHappenReachedByKeyboardAlone()
            throws IOException, InterruptedException {
        Properties credentials = ManagementApi.credentials();
        HeadlessChromium.Run run = HeadlessChromium.run(
                "console-panels.mjs",
                List.of(gateway(), SCREENSHOTS.toString()),
                credentials.getProperty("api-admin.user"),
                credentials.getProperty("api-admin.password"),
                Path.of("target/console/console-panels.log"));
        run.showed(
                "the console",
                SCREENSHOTS,
                List.of(
                        "02-topology.png",
                        "03-order-orchestrated.png",
                        "04-refused-by-credit.png",
                        "05-refused-by-stock.png",
                        "06-compensation-parked.png",
                        "07-compensation-retried.png",
                        "08-order-events.png",
                        "09-inventory-open.png",
                        "11-dead-letter.png",
                        "12-dead-letter-replayed.png",
                        "13-rebuild-running.png",
                        "14-rebuild-done.png",
                        "15-api-tried.png",
                        "16-api-orders.png",
                        "17-recent-sagas.png"));
    }

    /** Inventory and Customers healed and Inventory's breaker closed whatever the page got to, for the next test. */
    @AfterEach
    void healInventory() {
        new JsonHttp(ServiceUrls.root().toString()).delete("/inventory/admin/faults");
        new JsonHttp(ServiceUrls.root().toString()).delete("/customers/admin/faults");
        Tokens.admin(new JsonHttp(gateway())).post("/api/admin/breakers/inventory/reset", "");
    }

    private String gateway() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }
}
