package dev.comptoir.ear.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.HeadlessChromium;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Comptoir on a stock WildFly, as docs/operations/stock-wildfly.md puts it there: that page's command block, as
 * written, in one bash session against a fresh {@code wildfly-dist} the build unpacked (jboss.home, profile
 * stock-wildfly), then README's first tour against it; then the page's other way to deploy, through the admin console
 * in headless Chromium, and the gateway answering again. No Arquillian: the page starts the server and deploys the
 * EAR; this test stops the server, on failure too.
 */
class StockWildFlyIT {

    private static final Path HOME = Path.of(System.getProperty("jboss.home")).toAbsolutePath();

    @Test
    void theDocumentedStepsMakeAStockServerServeReadmesTourAndTheConsoleDeploysTheEar() throws Exception {
        // The page's steps would otherwise configure, deploy on and tour another server than the one they start.
        for (int port : new int[] {8080, 8180, 9990}) {
            assertFalse(listening(port), "no server on port " + port + " before the stock one starts");
        }
        List<String> blocks = ShellWalk.blocks("docs/operations/stock-wildfly.md", "## Onto your server");
        assertEquals(1, blocks.size(), "the page's one command block");
        String script = "set -euo pipefail\ncd '" + ShellWalk.ROOT.toAbsolutePath() + "'\n" + blocks.get(0);
        Path log = HOME.resolve("steps.log");
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        bash.environment().put("JBOSS_HOME", HOME.toString());
        Process steps = bash.start();
        boolean ended = steps.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            steps.descendants().forEach(ProcessHandle::destroyForcibly);
            steps.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(ended, "the steps end within 3 minutes:\n" + output);
        assertEquals(0, steps.exitValue(), "every documented step succeeds:\n" + output);

        ReadmeTourIT.walkTheTour();

        // One server start for both ways: the CLI's deployment goes, the console's comes.
        ManagementApi management = new ManagementApi();
        management.execute("undeploy", "deployment", "comptoir.ear");
        management.execute("remove", "deployment", "comptoir.ear");
        deployThroughTheConsole();
        JsonObject deployment = management.read("deployment/comptoir.ear");
        assertTrue(deployment.getBoolean("enabled"), "the console's deployment is enabled: " + deployment);
        assertEquals("OK", deployment.getString("status"), "the console's deployment runs: " + deployment);
        Properties credentials = ManagementApi.credentials();
        JsonHttp gateway = new JsonHttp("http://127.0.0.1:" + ServiceUrls.PUBLIC_PORT + "/");
        JsonHttp admin = gateway.bearer(Tokens.fetch(
                gateway, credentials.getProperty("api-admin.user"), credentials.getProperty("api-admin.password")));
        String customer = admin.post(
                        "/customers/", "{\"name\":\"Grace\",\"email\":\"grace@example.com\",\"creditLimit\":50.00}")
                .expect(201)
                .getString("id");
        assertEquals(
                "Grace", admin.get("/api/customers/" + customer).expect(200).getString("name"));
    }

    /**
     * The page's console steps, in Debian's headless Chromium driven by playwright-core (src/test/console, installed
     * into target/console by the build); on a failure, its screenshot is target/console-deploy-failure.png.
     */
    private static void deployThroughTheConsole() throws IOException, InterruptedException {
        Path screenshot = Path.of("target/console-deploy-failure.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        Properties credentials = ManagementApi.credentials();
        HeadlessChromium.Run run = HeadlessChromium.run(
                "deploy-through-console.mjs",
                List.of(
                        "http://127.0.0.1:9990/console/index.html",
                        Path.of("target/comptoir.ear").toAbsolutePath().toString(),
                        screenshot.toString()),
                credentials.getProperty("admin.user"),
                credentials.getProperty("admin.password"),
                Path.of("target/console/deploy.log"));
        assertTrue(run.passed(), "the console deploys the EAR (on failure: " + screenshot + "):\n" + run.said());
    }

    /** The server the page started: a CLI shutdown, and a kill if it is still there a minute later. */
    @AfterEach
    void stopServer() throws IOException, InterruptedException {
        Optional<ProcessHandle> server = server();
        if (server.isEmpty()) {
            return;
        }
        Process shutdown = new ProcessBuilder(
                        HOME.resolve("bin/jboss-cli.sh").toString(), "--connect", "--command=shutdown")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        shutdown.waitFor(60, TimeUnit.SECONDS);
        try {
            server.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            server.get().destroyForcibly();
        }
        assertTrue(server().isEmpty(), "the server the page started is stopped");
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException nothing) {
            return false;
        }
    }

    /** This server's JVM, known by its jboss.home.dir (standalone.sh's bash may have exited before it). */
    private static Optional<ProcessHandle> server() {
        String home = "-Djboss.home.dir=" + HOME;
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(home))
                .filter(ProcessHandle::isAlive)
                .findFirst();
    }
}
