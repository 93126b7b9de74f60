package dev.comptoir.ear.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A script of src/test/console (installed into target/console by the build with npm ci) run with node: it drives
 * Debian's headless Chromium through playwright-core. The user and password it signs in with go in its environment,
 * not on its command line, which ps shows.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {}

    /** What the script printed, and whether it ended by itself with status 0 within four minutes. */
    public record Run(boolean passed, String said) {

        /**
         * Prints what the script said; fails unless it passed (naming {@code failure.png} in {@code screenshots}, which
         * the scripts save on a failure) and saved each of {@code shots} there, not empty.
         */
        public void showed(String what, Path screenshots, List<String> shots) throws IOException {
            System.out.print(said);
            assertTrue(
                    passed,
                    what + " shows what it must (on failure: " + screenshots.resolve("failure.png") + "):\n" + said);
            for (String shot : shots) {
                assertTrue(Files.size(screenshots.resolve(shot)) > 0, shot);
            }
        }
    }

    public static Run run(String script, List<String> arguments, String user, String password, Path log)
            throws IOException, InterruptedException {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assertTrue(
                Files.isExecutable(chromium),
                "the browser tests need Chromium at " + chromium
                        + " (Debian: apt-get install chromium), or its path in CHROMIUM");
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(arguments);
        ProcessBuilder node = new ProcessBuilder(command)
                .directory(Path.of("target/console").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("CONSOLE_USER", user);
        node.environment().put("CONSOLE_PASSWORD", password);
        Process browser = node.start();
        boolean ended = browser.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly();
        }
        return new Run(ended && browser.exitValue() == 0, Files.readString(log));
    }
}
