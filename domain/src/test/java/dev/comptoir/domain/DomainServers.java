package dev.comptoir.domain;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.testing.ManagementApi;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The domain's servers as an operator handles them through the management API (what the admin console does): a
 * server's process id, its state, a start, and the balancer's view of the gateways; and a crash, made the hard
 * way ({@code kill -9} of the process the management API names).
 */
final class DomainServers {

    /** A server's WAR deploying on two busy cores (70 to 85 s alone, longer under load). */
    static final Duration START_WITHIN = Duration.ofMinutes(4);

    private static final Path RUN = Path.of(System.getProperty("comptoir.domain.dir", "."), "target", "run");

    private final ManagementApi management = new ManagementApi();

    /** The server's JVM, as its platform MBean names it ({@code pid@hostname}). */
    long pid(String host, String server) {
        String name = request(operation(
                                "read-attribute",
                                "host",
                                host,
                                "server",
                                server,
                                "core-service",
                                "platform-mbean",
                                "type",
                                "runtime")
                        .add("name", "name"))
                .toString()
                .replace("\"", "");
        return Long.parseLong(name.substring(0, name.indexOf('@')));
    }

    /** {@code kill -9}: the process ends at once, with no shutdown of any kind; returns when it is gone. */
    void kill(String host, String server) {
        long pid = pid(host, server);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    /**
     * {@code kill -9} of a whole host: its process controller, host controller and servers, every process of the
     * session {@code domain/start} began it in (its pid file in {@code target/run}); returns when all are gone.
     */
    void killHost(String host) throws IOException {
        long session =
                Long.parseLong(Files.readString(RUN.resolve(host + ".pid")).trim());
        ProcessHandle leader =
                ProcessHandle.of(session).orElseThrow(() -> new AssertionError(host + " is not running"));
        List<ProcessHandle> processes = new ArrayList<>(leader.descendants().toList());
        processes.add(leader);
        processes.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> processes.stream().noneMatch(ProcessHandle::isAlive));
    }

    /**
     * {@code /host=<host>/server=<server>:start}, then waits until its deployment runs. Not a blocking start: the
     * server's boot outlasts the management client's read timeout.
     */
    void start(String host, String server) {
        sessionNice(host, 10);
        try {
            request(operation("start", "host", host, "server", server));
            await().atMost(START_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> {
                renice(server, 10);
                return running(host, server);
            });
            renice(server, 0);
        } finally {
            sessionNice(host, 0);
        }
    }

    /**
     * Sets the CPU priority of the host's whole session as one scheduling group, where the kernel groups sessions so
     * (autogroup): the other host's servers, its group's survivor among them, then keep their cores while one of this
     * host's boots ({@code domain/start} says why). Left as it is where the kernel has no such groups or the priority
     * may not be raised again (not root).
     */
    private static void sessionNice(String host, int nice) {
        try {
            String session = Files.readString(RUN.resolve(host + ".pid")).trim();
            Path autogroup = Path.of("/proc", session, "autogroup");
            if (Files.exists(autogroup)) {
                Files.writeString(autogroup, String.valueOf(nice));
            }
        } catch (IOException notAllowed) {
            // as documented: the host keeps the priority it had
        }
    }

    /**
     * Sets the CPU priority of each thread of the server's JVM, if it runs. A server starts at nice 10 and is put back
     * at 0 once it runs, as {@code domain/start} does for a host started again: on this one machine its boot takes the
     * two cores its group's survivor serves with, which real hosts would not share (one run had three reads wait
     * over 2 s for customers-2 while customers-1 booted). Threads started later inherit it. Back at 0 needs root;
     * without it the server stays at 10. Where the kernel groups each session for the scheduler (autogroup), this
     * weighs only against the servers of the same host, which share its host controller's session: against the
     * other host's, {@link #sessionNice} lowers the whole session.
     */
    private static void renice(String server, int nice) {
        String marker = "-D[Server:" + server + "]";
        Optional<ProcessHandle> jvm = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(marker))
                .findFirst();
        if (jvm.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("renice", "-n", String.valueOf(nice), "-p"));
        try (Stream<Path> threads =
                Files.list(Path.of("/proc", String.valueOf(jvm.get().pid()), "task"))) {
            threads.forEach(thread -> command.add(thread.getFileName().toString()));
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (NoSuchFileException ended) {
            // it ended between the two looks: nothing to renice
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Running, and every deployment on it OK. */
    boolean running(String host, String server) {
        JsonValue state = management.request(operation("read-attribute", "host", host, "server-config", server)
                .add("name", "status")
                .build());
        if (!"STARTED".equals(state.toString().replace("\"", ""))) {
            return false;
        }
        JsonValue deployments =
                management.request(operation("read-attribute", "host", host, "server", server, "deployment", "*")
                        .add("name", "status")
                        .build());
        return !deployments.asJsonArray().isEmpty()
                && deployments.asJsonArray().stream()
                        .allMatch(deployment ->
                                "OK".equals(deployment.asJsonObject().getString("result", "")));
    }

    /**
     * {@code /host=<host>/server-config=<server>:stop}, gracefully: the server stops taking requests, finishes those
     * in flight (within 30 s), and ends; returns when it has.
     */
    void stop(String host, String server) {
        request(operation("stop", "host", host, "server-config", server)
                .add("blocking", true)
                .add("suspend-timeout", 30));
    }

    /** A new server of the group on the host, at its own port offset, not started; named as its peers are. */
    void add(String host, String server, String group, int portOffset) {
        request(operation("add", "host", host, "server-config", server)
                .add("group", group)
                .add("socket-binding-port-offset", portOffset)
                .add("auto-start", false));
        String nodeIdentifier = "comptoir.transactions.node-identifier";
        request(operation("add", "host", host, "server-config", server, "system-property", nodeIdentifier)
                .add("value", server));
    }

    /** Stops the server, then takes it out of its host's configuration. */
    void remove(String host, String server) {
        stop(host, server);
        request(operation("remove", "host", host, "server-config", server));
    }

    /** A system property of a server group, e.g. the gateway's {@code comptoir.gateway.services.inventory.urls}. */
    String groupProperty(String group, String name) {
        return request(operation("read-attribute", "server-group", group, "system-property", name)
                        .add("name", "value"))
                .toString()
                .replace("\"", "");
    }

    /** Writes it: the domain controller passes the new value on to the group's running servers, which apply it at once. */
    void writeGroupProperty(String group, String name, String value) {
        request(operation("write-attribute", "server-group", group, "system-property", name)
                .add("name", "value")
                .add("value", value));
    }

    /** Every server's state ({@code running}, {@code restart-required}, ...) and JVM, by {@code host/server}. */
    Map<String, String> statesAndPids() {
        Map<String, String> found = new TreeMap<>();
        for (JsonValue server : request(
                        operation("read-attribute", "host", "*", "server", "*").add("name", "server-state"))
                .asJsonArray()) {
            JsonObject answer = server.asJsonObject();
            String host = answer.getJsonArray("address").getJsonObject(0).getString("host");
            String name = answer.getJsonArray("address").getJsonObject(1).getString("server");
            found.put(host + "/" + name, answer.getString("result") + " pid " + pid(host, name));
        }
        return found;
    }

    /**
     * {@code full-replace-deployment}: the domain's deployment gets the new content, and its groups' servers redeploy
     * it under a rollout plan, one server after the other ({@code rolling-to-servers}), none allowed to fail (else
     * the domain controller rolls the replacement back everywhere). Returns once the last server has redeployed.
     */
    void replaceRolling(String deployment, Path content, String group) {
        JsonObject plan = Json.createObjectBuilder()
                .add(
                        "in-series",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add(
                                                "server-group",
                                                Json.createObjectBuilder()
                                                        .add(
                                                                group,
                                                                Json.createObjectBuilder()
                                                                        .add("rolling-to-servers", true)
                                                                        .add("max-failed-servers", 0)))))
                .build();
        management.request(
                operation("full-replace-deployment")
                        .add("name", deployment)
                        .add(
                                "content",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("url", content.toUri().toString())))
                        .add("operation-headers", Json.createObjectBuilder().add("rollout-plan", plan))
                        .build(),
                START_WITHIN.multipliedBy(2));
    }

    /** The content (its hash) of a deployment, in the domain's repository ({@code server} null) or as a server runs it. */
    String content(String deployment, String host, String server) {
        JsonObjectBuilder read = server == null
                ? operation("read-attribute", "deployment", deployment)
                : operation("read-attribute", "host", host, "server", server, "deployment", deployment);
        return request(read.add("name", "content"))
                .asJsonArray()
                .getJsonObject(0)
                .get("hash")
                .toString();
    }

    /** The balancer's nodes ({@code host:server}) with their status, e.g. {@code primary:gateway-1 NODE_UP}. */
    Set<String> balancerNodes() {
        JsonObject filter = management
                .request(operation(
                                "read-resource",
                                "host",
                                "primary",
                                "server",
                                "load-balancer",
                                "subsystem",
                                "undertow",
                                "configuration",
                                "filter",
                                "mod-cluster",
                                "load-balancer")
                        .add("recursive", true)
                        .add("include-runtime", true)
                        .build())
                .asJsonObject();
        Set<String> nodes = new TreeSet<>();
        JsonObject balancers = filter.getJsonObject("balancer");
        if (balancers != null) {
            for (JsonValue balancer : balancers.values()) {
                JsonObject byName = balancer.asJsonObject().getJsonObject("node");
                if (byName != null) {
                    byName.forEach((node, resource) ->
                            nodes.add(node + " " + resource.asJsonObject().getString("status", "?")));
                }
            }
        }
        return nodes;
    }

    void assertAllRunning(Set<String> servers) {
        for (String server : servers) {
            assertEquals(true, running(hostOf(server), server), server + " runs its WAR");
        }
    }

    /** The domain's naming: -1 on the primary host, -2 on the second one (primary-host.cli, secondary-host.cli). */
    static String hostOf(String server) {
        return server.endsWith("-1") ? "primary" : "secondary";
    }

    private JsonValue request(JsonObjectBuilder operation) {
        return management.request(operation.build());
    }

    private static JsonObjectBuilder operation(String name, String... address) {
        JsonArrayBuilder path = Json.createArrayBuilder();
        for (int i = 0; i < address.length; i += 2) {
            path.add(Json.createObjectBuilder().add(address[i], address[i + 1]));
        }
        return Json.createObjectBuilder().add("operation", name).add("address", path);
    }
}
