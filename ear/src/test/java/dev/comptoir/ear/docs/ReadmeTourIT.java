package dev.comptoir.ear.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * README's first tour, run as a reader runs it ({@link ShellWalk}), the second terminal's stream of breaker events in
 * the background meanwhile. What README says each step shows is asserted on what the step printed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadmeTourIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    private final JsonHttp admin = Tokens.admin(new JsonHttp("http://127.0.0.1:" + ServiceUrls.PUBLIC_PORT + "/"));

    @AfterEach
    void healInventory() {
        admin.delete("/inventory/admin/faults");
        Tokens.operator(admin).post("/api/admin/breakers/inventory/reset", "").expect(200);
    }

    @Test
    void everyStepShowsWhatReadmeSays() throws Exception {
        walkTheTour();
    }

    /**
     * The whole tour against the server on the default ports, and what README says each step shows; also on a stock
     * WildFly ({@link StockWildFlyIT}).
     */
    static void walkTheTour() throws Exception {
        Path events = Files.createTempFile("breaker-events", ".txt");
        Map<String, String> printed = tour(new ShellWalk(events), 7).run(120);

        assertTrue(
                printed.get("1").isBlank() && printed.get("2").contains("\"sku\""),
                "steps 1 and 2: a token, then the product created\n" + printed);
        assertTrue(has(printed.get("3"), "status", "APPROVED"), "step 3: the choreographed order APPROVED\n" + printed);
        assertTrue(
                has(printed.get("4"), "style", "ORCHESTRATED") && has(printed.get("4"), "state", "CONFIRMED"),
                "step 4: the orchestrated saga's timeline, CONFIRMED\n" + printed);
        assertTrue(
                printed.get("5").matches("(?s).*\"complete\"\\s*:\\s*true.*"),
                "step 5: the complete overview\n" + printed);
        assertTrue(
                printed.get("6").matches("(?s).*\"complete\"\\s*:\\s*false.*"),
                "step 6: the partial overview while Inventory fails\n" + printed);
        assertTrue(has(printed.get("7"), "state", "OPEN"), "step 7: Inventory's breaker OPEN\n" + printed);
        String stream = Files.readString(events);
        assertTrue(stream.contains("OPEN"), "the second terminal's stream shows the transition: " + stream);
    }

    /** README's tour as steps "1" to {@code last} (of its seven). */
    static ShellWalk tour(ShellWalk walk, int last) throws IOException {
        List<String> blocks = ShellWalk.blocks("README.md", "## A first tour");
        assertEquals(7, blocks.size(), "the tour's seven steps, one block each");
        for (int step = 1; step <= last; step++) {
            walk.step(String.valueOf(step), blocks.get(step - 1));
        }
        return walk;
    }

    static boolean has(String json, String field, String value) {
        return Pattern.compile("\"" + field + "\"\\s*:\\s*\"" + value + "\"")
                .matcher(json)
                .find();
    }
}
