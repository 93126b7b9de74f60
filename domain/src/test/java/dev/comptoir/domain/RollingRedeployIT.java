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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Rolling redeploy (issue 26): under a client's load through the balancer, Orders' WAR gets new content through the
 * management API ({@code full-replace-deployment}) under a rollout plan that redeploys it on one Orders server after
 * the other, so that one always serves. No request fails meanwhile, reads or placements: a read that finds nothing
 * deployed on the instance it was sent to goes to the other one, and so does a placement, which no service code
 * received (the gateway's {@code BalancedClient}). Both servers run the new content afterwards, and the orders placed
 * meanwhile end and add up ({@link LossUnderLoad}).
 */
class RollingRedeployIT extends LossUnderLoad {

    private static final String WAR = "orders.war";
    private static final List<String> ORDERS = List.of("orders-1", "orders-2");
    private static final Path TARGET = Path.of(System.getProperty("comptoir.domain.dir", "."), "target");

    @Test
    void ordersRedeployedOneServerAtATimeFailsNoRequest() throws Exception {
        Path content = newContent();
        String before = servers.content(WAR, null, null);
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
        System.out.printf(
                "Rolling redeploy of %s: the rollout took %d s, both servers served again %d s after it began;"
                        + " reads %d, failed %d, incomplete %d; read p99 %d ms steady, %d ms during;"
                        + " placements %d by status %s%n",
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
                statuses);
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
                placements.stream().filter(Outcome::failed).toList(),
                "failed placements during the redeploy"));
        assertAll(checks);
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
