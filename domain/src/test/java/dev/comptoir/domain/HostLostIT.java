package dev.comptoir.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A host lost (issue 26): under a client's load through the balancer, the second host's process controller, host
 * controller and four servers are killed ({@code kill -9}) at once. The primary host serves everything meanwhile: no
 * idempotent read fails, and the orders placed meanwhile are approved or rejected. Started again with
 * {@code domain/start secondary}, the host rejoins the domain controller, its servers start, and each takes traffic
 * again (the balancer has its gateway up, both gateways send calls to its services). Credit, stock and the order
 * events' inboxes add up afterwards ({@link Ledger}).
 */
@ExtendWith(RunningDomain.class)
class HostLostIT {

    private static final Set<String> SECONDARY_SERVERS = Set.of("customers-2", "orders-2", "inventory-2", "gateway-2");

    private final DomainServers servers = new DomainServers();
    private final Shop shop = new Shop();

    @Test
    void thePrimaryHostServesEverythingWhileTheOtherIsLostAndTheOtherRejoinsWhenStarted() throws Exception {
        Shop.Start start = shop.start("Host lost");
        JsonHttp client = Tokens.admin(new JsonHttp(Shop.BALANCER));
        Loss loss = new Loss("the secondary host");
        ClientLoad load = ClientLoad.through(client, start);
        try (load) {
            load.awaitReads(loss.began, ClientLoad.STEADY_READS);
            loss.killed = System.nanoTime();
            servers.killHost("secondary");
            load.awaitReads(loss.killed, ClientLoad.READS_WHILE_DOWN);
            loss.restarting = System.nanoTime();
            DomainCommands.startHost("secondary");
            loss.running = System.nanoTime();
            SECONDARY_SERVERS.forEach(shop::awaitServing);
            loss.recovered = System.nanoTime();
        }
        loss.print(load);

        List<String> acknowledged = load.acknowledged();
        Ledger ledger = new Ledger(start.buyers(), start.skus());
        long approved = ledger.awaitEndedAndCountApproved(acknowledged);
        assertAll(
                () -> assertEquals(List.of(), loss.failedReads(load), "failed reads while the secondary host was lost"),
                () -> assertTrue(approved > 0, "some orders approved"),
                ledger::assertCreditAndStockAddUp,
                ledger::assertEachOrderEventAppliedOnceByEachGroup,
                () -> servers.assertAllRunning(SECONDARY_SERVERS));
    }
}
