package dev.comptoir.domain;

import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A host lost (issue 26): under a client's load through the balancer, the second host's process controller, host
 * controller and four servers are killed ({@code kill -9}) at once. The primary host serves everything meanwhile: no
 * idempotent read fails, and the orders placed meanwhile are approved or rejected. Started again with
 * {@code domain/start secondary}, the host rejoins the domain controller, its servers start, and each takes traffic
 * again (the balancer has its gateway up, both gateways send calls to its services). Credit, stock and the order
 * events' inboxes add up afterwards ({@link LossUnderLoad}).
 */
class HostLostIT extends LossUnderLoad {

    private static final Set<String> SECONDARY_SERVERS = Set.of("customers-2", "orders-2", "inventory-2", "gateway-2");

    @Test
    void thePrimaryHostServesEverythingWhileTheOtherIsLostAndTheOtherRejoinsWhenStarted() throws Exception {
        List<Executable> checks = checksAfter("Host lost", load -> {
            Loss loss = new Loss("the secondary host");
            load.awaitReads(loss.began, ClientLoad.STEADY_READS);
            loss.killed = System.nanoTime();
            servers.killHost("secondary");
            load.awaitReads(loss.killed, ClientLoad.READS_WHILE_DOWN);
            loss.restarting = System.nanoTime();
            DomainCommands.startHost("secondary");
            loss.running = System.nanoTime();
            SECONDARY_SERVERS.forEach(shop::awaitServing);
            loss.recovered = System.nanoTime();
            return List.of(loss);
        });
        checks.add(() -> servers.assertAllRunning(SECONDARY_SERVERS));
        assertAll(checks);
    }
}
