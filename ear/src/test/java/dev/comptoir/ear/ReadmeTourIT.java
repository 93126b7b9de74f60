package dev.comptoir.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * README's first tour, run as a reader runs it: its shell blocks, in order, in one bash session (curl and jq) against
 * this server, with the gateway administrator's password that the run command prints, and an email and a SKU of this
 * run's own (README: "to run the tour again, change them"). The second terminal's stream of breaker events runs in
 * the background meanwhile. What README says each step shows is asserted on what the step printed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadmeTourIT {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BLOCK = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL);
    private static final String STEP = "=== step ";

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
        Path events = Files.createTempFile("breaker-events", ".txt");
        Map<Integer, String> printed = run(script(tourBlocks(), events));

        assertTrue(
                printed.get(1).isBlank() && printed.get(2).contains("\"sku\""),
                "steps 1 and 2: a token, then the product created\n" + printed);
        assertTrue(has(printed.get(3), "status", "APPROVED"), "step 3: the choreographed order APPROVED\n" + printed);
        assertTrue(
                has(printed.get(4), "style", "ORCHESTRATED") && has(printed.get(4), "state", "CONFIRMED"),
                "step 4: the orchestrated saga's timeline, CONFIRMED\n" + printed);
        assertTrue(
                printed.get(5).matches("(?s).*\"complete\"\\s*:\\s*true.*"),
                "step 5: the complete overview\n" + printed);
        assertTrue(
                printed.get(6).matches("(?s).*\"complete\"\\s*:\\s*false.*"),
                "step 6: the partial overview while Inventory fails\n" + printed);
        assertTrue(has(printed.get(7), "state", "OPEN"), "step 7: Inventory's breaker OPEN\n" + printed);
        String stream = Files.readString(events);
        assertTrue(stream.contains("OPEN"), "the second terminal's stream shows the transition: " + stream);
    }

    /** The shell blocks of README's tour section, each without the list item's indentation. */
    private static List<String> tourBlocks() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## A first tour");
        assertTrue(start >= 0, "README has its first tour");
        int end = readme.indexOf("\n## ", start + 1);
        String tour = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(tour.replaceAll("(?m)^ {3}", ""));
        while (block.find()) {
            blocks.add(block.group(1));
        }
        assertEquals(7, blocks.size(), "the tour's seven steps, one block each");
        return blocks;
    }

    /** One bash script: each block after a marker line; the stream meant for a second terminal in the background. */
    private static String script(List<String> blocks, Path events) {
        String password = ManagementApi.credentials().getProperty("api-admin.password");
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (int step = 1; step <= blocks.size(); step++) {
            script.append("echo '").append(STEP).append(step).append("'\n");
            for (String line : blocks.get(step - 1).split("\n")) {
                String command = line.replace("PASSWORD", password)
                        .replace("ada@example.com", "ada-" + run + "@example.com")
                        .replace("MUG-1", "MUG-" + run);
                if (command.contains("curl -N")) {
                    command = "timeout 60 " + command.replaceAll("\\s*#.*$", "") + " > '" + events + "' 2>&1 &";
                }
                script.append(command).append('\n');
            }
            script.append("echo\n");
        }
        return script.toString();
    }

    /** Runs the script; what each step printed, by step number. */
    private static Map<Integer, String> run(String script) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-c", script)
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(120, TimeUnit.SECONDS), "the tour ends within two minutes");
        assertEquals(0, bash.exitValue(), "every command of the tour succeeds (curl and jq needed):\n" + output);
        Map<Integer, String> printed = new HashMap<>();
        String[] steps = output.split(Pattern.quote(STEP));
        for (int i = 1; i < steps.length; i++) {
            int newline = steps[i].indexOf('\n');
            printed.put(
                    Integer.parseInt(steps[i].substring(0, newline).trim()),
                    steps[i].substring(newline + 1).trim());
        }
        return printed;
    }

    private static boolean has(String json, String field, String value) {
        return Pattern.compile("\"" + field + "\"\\s*:\\s*\"" + value + "\"")
                .matcher(json)
                .find();
    }
}
