package dev.comptoir.ear.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every pattern page's walkthrough, run as a reader runs it ({@link ShellWalk}) after README's tour up to its composed
 * view (which gives the pages their {@code $TOKEN}, {@code $CUSTOMER} and {@code $ORDER}), and checked for what the
 * page says its commands show. A page whose commands stop working, or stop showing that, fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocsWalkthroughIT {

    /** The pages whose walkthrough has commands (09 and 10 point back at their sections and at the tour). */
    private static final List<String> PAGES = List.of(
            "01-composition-aggregator",
            "02-api-gateway",
            "03-bff",
            "04-asynchronous-messaging",
            "05-database-per-service",
            "06-cqrs",
            "07-event-sourcing",
            "08-cqrs-event-sourcing");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @Test
    void everyPageShowsWhatItSays() throws Exception {
        ShellWalk walk = ReadmeTourIT.tour(new ShellWalk(Files.createTempFile("stream", ".txt")), 5);
        for (String page : PAGES) {
            List<String> blocks = ShellWalk.blocks("docs/patterns/" + page + ".md", "## Walkthrough");
            assertEquals(1, blocks.size(), page + "'s walkthrough: one block of commands");
            walk.step(page, blocks.get(0));
        }
        Map<String, String> printed = walk.run(180);

        shows(printed, "01-composition-aggregator", "\"sources\"", "\"complete\"\\s*:\\s*true");
        shows(
                printed,
                "02-api-gateway",
                "^401",
                "\"items\"",
                "HTTP/1.1 202",
                "Location: .*/api/orders/commands/",
                "\"instances\"",
                "openapi",
                "route=");
        shows(printed, "03-bff", "\"page\"");
        shows(printed, "04-asynchronous-messaging", "\"worker\"", "\"delivery\"");
        shows(printed, "05-database-per-service", "\"CustomersDS\"", "\"InventoryDS\"", "\"ActiveCount\"");
        shows(printed, "06-cqrs", "Last-Event-At", "Downstream-Bytes: 0", "\"complete\"");
        shows(printed, "07-event-sourcing", "\"OrderPlaced\"", "ETag", "HTTP/1.1 412");
        shows(printed, "08-cqrs-event-sourcing", "Projection-Position", "Projection-Lag");
    }

    private static void shows(Map<String, String> printed, String page, String... expected) {
        String output = printed.get(page);
        for (String pattern : expected) {
            assertTrue(
                    Pattern.compile(pattern, Pattern.MULTILINE | Pattern.CASE_INSENSITIVE)
                            .matcher(output)
                            .find(),
                    page + "'s walkthrough shows " + pattern + ":\n" + output);
        }
    }
}
