package dev.comptoir.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.comptoir.domain.ClientLoad.Kind;
import dev.comptoir.domain.ClientLoad.Outcome;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Rolling redeploy (issue 26): under a client's load through the balancer, Orders' WAR gets new content through the
 * management API ({@code full-replace-deployment}) under a rollout plan that redeploys it on one Orders server after
 * the other, so that one always serves. No request fails meanwhile, reads or placements: a read that finds nothing
 * deployed on the instance it was sent to goes to the other one, and so does a placement, which no service code
 * received (the gateway's {@code BalancedClient}). One failure of a placement is not the redeploy's: a choreographed
 * saga whose answer outlasts the gateway's 3 s read timeout for Orders ({@code orders/mp-rest/readTimeout}), which
 * happens as often with nothing redeployed on this machine's two cores (ScaleUpIT's load, docs/operations/domain.md);
 * Orders places such an order anyway, and it ends like the others. Those are printed and counted apart. Both servers
 * run the new content afterwards, and the orders placed meanwhile end and add up ({@link LossUnderLoad}).
 */
class RollingRedeployIT extends LossUnderLoad {

    private static final String WAR = "orders.war";
    private static final List<String> ORDERS = List.of("orders-1", "orders-2");
    /** The gateway's read timeout for Orders, after which it answers 503 for a placement still running there. */
    private static final long GATEWAY_TIMEOUT_NANOS = 3_000_000_000L;

    private static final Path TARGET = Path.of(System.getProperty("comptoir.domain.dir", "."), "target");

    @Test
    void ordersRedeployedOneServerAtATimeFailsNoRequest() throws Exception {
        Path content = newContent();
        String before = servers.content(WAR, null, null);
        long failedCallsBefore = failedCalls();
        long[] at = new long[4];
        ClientLoad[] used = new ClientLoad[1];
        List<Executable> checks = checksAfter("Rolling redeploy", load -> {
            used[0] = load;
            at[0] = System.nanoTime();
            load.awaitReads(at[0], ClientLoad.STEADY_READS);
            at[1] = System.nanoTime();
            servers.replaceRolling(WAR, content, "orders");
            at[2] = System.nanoTime();
            ORDERS.forEach(shop::awaitServing);
            at[3] = System.nanoTime();
            return List.of();
        });
        List<Outcome> steady = used[0].outcomes(Kind.READ, read -> read.within(at[0], at[1]));
        List<Outcome> reads = used[0].outcomes(Kind.READ, read -> read.within(at[1], at[3]));
        List<Outcome> placements = used[0].outcomes(Kind.PLACEMENT, placement -> placement.within(at[1], at[3]));
        Map<Integer, Integer> statuses = new TreeMap<>();
        placements.forEach(placement -> statuses.merge(placement.status(), 1, Integer::sum));
        List<Outcome> timedOut = placements.stream()
                .filter(Outcome::failed)
                .filter(RollingRedeployIT::outlastedTheGateway)
                .toList();
        System.out.printf(
                "Rolling redeploy of %s: the rollout took %d s, both servers served again %d s after it began;"
                        + " reads %d, failed %d, incomplete %d; read p99 %d ms steady, %d ms during;"
                        + " placements %d by status %s (%d outlasted the gateway's read timeout); calls of the"
                        + " gateways that an Orders instance failed (no WAR there, a timeout), each made again or"
                        + " counted above: %d%n",
                WAR,
                (at[2] - at[1]) / 1_000_000_000,
                (at[3] - at[1]) / 1_000_000_000,
                reads.size(),
                reads.stream().filter(Outcome::failed).count(),
                reads.stream()
                        .filter(read -> read.detail().startsWith("incomplete"))
                        .count(),
                Loss.p99(steady),
                Loss.p99(reads),
                placements.size(),
                statuses,
                timedOut.size(),
                failedCalls() - failedCallsBefore);
        reads.stream().filter(Outcome::failed).forEach(o -> System.out.println("  failed read: " + o));
        placements.stream().filter(Outcome::failed).forEach(o -> System.out.println("  failed placement: " + o));

        String after = servers.content(WAR, null, null);
        checks.add(() -> assertNotEquals(before, after, "the domain's " + WAR + " has the new content"));
        for (String server : ORDERS) {
            checks.add(() -> assertEquals(
                    after, servers.content(WAR, DomainServers.hostOf(server), server), server + " runs it"));
        }
        checks.add(() -> assertEquals(
                List.of(), reads.stream().filter(Outcome::failed).toList(), "failed reads during the redeploy"));
        checks.add(() -> assertEquals(
                List.of(),
                placements.stream()
                        .filter(Outcome::failed)
                        .filter(placement -> !timedOut.contains(placement))
                        .toList(),
                "failed placements during the redeploy, but for the gateway's read timeout"));
        assertAll(checks);
    }

    /** The gateway's 503 for Orders when its read timeout ran out: the saga was still running, not failed. */
    private static boolean outlastedTheGateway(Outcome placement) {
        return placement.status() == 503
                && placement.tookNanos() >= GATEWAY_TIMEOUT_NANOS
                && placement.detail().contains("\"source\":\"orders\"");
    }

    /** The calls both gateways counted as failed by an Orders instance, all instances together. */
    private static long failedCalls() {
        long failed = 0;
        for (String url : List.of("http://127.0.0.1:10180/orders", "http://127.0.0.1:14180/orders")) {
            failed += Shop.gatewaysView("orders", url).values().stream()
                    .flatMap(Optional::stream)
                    .mapToLong(instance -> instance.getJsonNumber("failures").longValue())
                    .sum();
        }
        return failed;
    }

    /** The built WAR with one more entry: new content (another hash) that serves as the old one did. */
    private static Path newContent() throws IOException {
        Path war = Files.createDirectories(TARGET.resolve("redeploy")).resolve(WAR);
        Files.copy(TARGET.resolve("deployments").resolve(WAR), war, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(war)) {
            Files.writeString(
                    zip.getPath("META-INF", "redeployed"), Instant.now().toString());
        }
        return war;
    }
}
