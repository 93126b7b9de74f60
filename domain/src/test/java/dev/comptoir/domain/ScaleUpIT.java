package dev.comptoir.domain;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.domain.ClientLoad.Kind;
import dev.comptoir.domain.ClientLoad.Outcome;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Scale up (issue 26): under a client's load through the balancer, a third Inventory server is added to the second host
 * and started through the management API, and both gateways send it calls within 30 s of its WAR running, with nothing
 * else restarted: every other server keeps its JVM and stays running (no reload or restart required), and the gateways
 * keep their deployment (their calls to the first Inventory server count on, not from zero). The gateways learn of it
 * as an operator would tell them: the gateway group's instance list ({@code comptoir.gateway.services.inventory.urls},
 * a system property) written through the management API, which the domain controller passes on to the running gateways
 * and which they read again before each readiness round. No idempotent read fails meanwhile. At the end the server
 * leaves the same way: off the list first, so that no call goes to it, then stopped and removed.
 */
class ScaleUpIT extends LossUnderLoad {

    private static final String HOST = "secondary";
    private static final String SERVER = "inventory-3";
    /** After the eight servers' 1000 to 8000: its internal listener is 17180. */
    private static final int PORT_OFFSET = 9000;

    private static final String URL = "http://127.0.0.1:17180/inventory";
    private static final String URLS = "comptoir.gateway.services.inventory.urls";
    private static final String FIRST = "http://127.0.0.1:11180/inventory";
    private static final Duration TAKES_TRAFFIC_WITHIN = Duration.ofSeconds(30);
    /** Two readiness rounds of the gateways (every 5 s) and the calls in flight. */
    private static final Duration LEAVES_WITHIN = Duration.ofSeconds(15);

    @Test
    void aThirdInventoryServerTakesTrafficWithin30SecondsWithNothingElseRestarted() throws Exception {
        Map<String, String> before = servers.statesAndPids();
        Map<String, Long> firstBefore = picks(FIRST);
        String listed = servers.groupProperty("gateway", URLS);
        long[] at = new long[5];
        ClientLoad[] used = new ClientLoad[1];
        List<Executable> checks = checksAfter("Scale up", load -> {
            used[0] = load;
            at[0] = System.nanoTime();
            servers.add(HOST, SERVER, "inventory", PORT_OFFSET);
            try {
                servers.writeGroupProperty("gateway", URLS, listed + "," + URL);
                at[1] = System.nanoTime();
                servers.start(HOST, SERVER);
                at[2] = System.nanoTime();
                await().atMost(TAKES_TRAFFIC_WITHIN)
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> picks(URL).values().stream().allMatch(picks -> picks > 0));
                at[3] = System.nanoTime();
                load.awaitReads(at[3], ClientLoad.STEADY_READS);
                System.out.printf(
                        "Scale up: %s running %d s after its start (added %d s before); both gateways sent it calls"
                                + " %d ms after it ran; then, in %d reads, calls by gateway: %s%n",
                        SERVER,
                        (at[2] - at[1]) / 1_000_000_000,
                        (at[1] - at[0]) / 1_000_000_000,
                        (at[3] - at[2]) / 1_000_000,
                        ClientLoad.STEADY_READS,
                        picks(URL));
            } finally {
                servers.writeGroupProperty("gateway", URLS, listed);
                await().atMost(LEAVES_WITHIN)
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> Shop.gatewaysView("inventory", URL).values().stream()
                                .noneMatch(Optional::isPresent));
                servers.remove(HOST, SERVER);
                at[4] = System.nanoTime();
            }
            return List.of();
        });
        List<Outcome> reads = used[0].outcomes(Kind.READ, read -> read.within(at[0], at[4]));
        List<Outcome> placements = used[0].outcomes(Kind.PLACEMENT, placement -> placement.within(at[0], at[4]));
        System.out.printf(
                "Scale up: reads %d, failed %d; read p99 %d ms; placements %d, failed %d%n",
                reads.size(),
                reads.stream().filter(Outcome::failed).count(),
                Loss.p99(reads),
                placements.size(),
                placements.stream().filter(Outcome::failed).count());
        placements.stream().filter(Outcome::failed).forEach(o -> System.out.println("  failed placement: " + o));
        checks.add(() -> assertEquals(
                List.of(), reads.stream().filter(Outcome::failed).toList(), "failed reads while scaling up"));
        checks.add(() -> assertEquals(before, servers.statesAndPids(), "every other server's state and JVM"));
        Map<String, Long> firstAfter = picks(FIRST);
        checks.add(() -> firstBefore.forEach((gateway, picks) -> assertTrue(
                firstAfter.get(gateway) > picks,
                gateway + " counts on its calls to inventory-1 (" + picks + ", then " + firstAfter.get(gateway)
                        + "): its deployment was not restarted")));
        checks.add(() -> assertEquals(listed, servers.groupProperty("gateway", URLS), "the instance list as before"));
        assertAll(checks);
    }

    /** The calls each gateway has sent to the instance; -1 where it does not list it or sees it not ready. */
    private static Map<String, Long> picks(String url) {
        Map<String, Long> picks = new TreeMap<>();
        Shop.gatewaysView("inventory", url)
                .forEach((gateway, view) -> picks.put(
                        gateway,
                        view.filter(instance -> instance.getString("health").equals("UP"))
                                .map(ScaleUpIT::picks)
                                .orElse(-1L)));
        return picks;
    }

    private static long picks(JsonObject instance) {
        return instance.getJsonNumber("picks").longValue();
    }
}
