package dev.comptoir.ear.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.ManagementApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the docs' shell blocks as a reader runs them: in order, in one bash session (curl and jq) against the test
 * server, with the passwords the run command prints, an email and a SKU of this run's own (README: "to run the tour
 * again, change them"). A stream meant for a second terminal ({@code curl -N}) runs in the background. What each
 * step printed comes back by the step's name.
 */
final class ShellWalk {

    static final Path ROOT = Path.of("..");
    private static final Pattern BLOCK = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL);
    private static final String STEP = "=== step ";

    private final Map<String, List<String>> steps = new LinkedHashMap<>();
    private final Path stream;

    ShellWalk(Path stream) {
        this.stream = stream;
    }

    /** The shell blocks of one section of a Markdown file (from its heading to the next of the same level). */
    static List<String> blocks(String file, String heading) throws IOException {
        String text = Files.readString(ROOT.resolve(file));
        int start = text.indexOf(heading);
        assertTrue(start >= 0, file + " has its section " + heading);
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = text.indexOf("\n" + level, start + 1);
        String section = text.substring(start, end < 0 ? text.length() : end);
        List<String> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(section.replaceAll("(?m)^ {3}", ""));
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    ShellWalk step(String name, String block) {
        steps.put(name, List.of(block.split("\n")));
        return this;
    }

    /** Runs every step in one bash session; fails unless each command succeeds within the time given. */
    Map<String, String> run(int timeoutSeconds) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-c", script())
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(timeoutSeconds, TimeUnit.SECONDS), "the walk ends within " + timeoutSeconds + " s");
        assertEquals(0, bash.exitValue(), "every command succeeds (curl and jq needed):\n" + output);
        Map<String, String> printed = new LinkedHashMap<>();
        String[] parts = output.split(Pattern.quote(STEP));
        for (int i = 1; i < parts.length; i++) {
            int newline = parts[i].indexOf('\n');
            printed.put(
                    parts[i].substring(0, newline).trim(),
                    parts[i].substring(newline + 1).trim());
        }
        return printed;
    }

    private String script() {
        Properties credentials = ManagementApi.credentials();
        String management = credentials.getProperty("admin.user") + ":" + credentials.getProperty("admin.password");
        String password = credentials.getProperty("api-admin.password");
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        StringBuilder script = new StringBuilder("set -euo pipefail\ncd '" + ROOT.toAbsolutePath() + "'\n");
        steps.forEach((name, lines) -> {
            script.append("echo '").append(STEP).append(name).append("'\n");
            for (String line : lines) {
                String command = line.replace("USER:PASSWORD", management)
                        .replace("PASSWORD", password)
                        .replace("ada@example.com", "ada-" + run + "@example.com")
                        .replace("MUG-1", "MUG-" + run);
                if (command.contains("curl -N")) {
                    command = "timeout 60 " + command.replaceAll("\\s*#.*$", "") + " > '" + stream + "' 2>&1 &";
                }
                script.append(command).append('\n');
            }
            script.append("echo\n");
        });
        return script.toString();
    }
}
