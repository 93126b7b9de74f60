package dev.comptoir.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * An instance lost (issue 26): under a client's load through the balancer, one server of each group is killed
 * ({@code kill -9}) in turn, Customers, Orders, Inventory and the gateway, and started again through the management
 * API once the survivors have carried the load alone. No idempotent read fails; every acknowledged order ends
 * APPROVED or REJECTED; each customer's credit and each product's stock add up with the approved orders; each
 * subscriber group applied each order event exactly once ({@link Ledger}, in the services' databases). The figures
 * (failed requests, latencies, time to recover) are printed for docs/operations/domain.md.
 */
@ExtendWith(RunningDomain.class)
class InstanceLostIT {

    /** One of each group, on either host in turn. */
    private static final List<String> VICTIMS = List.of("customers-1", "orders-2", "inventory-1", "gateway-2");

    private final DomainServers servers = new DomainServers();
    private final Shop shop = new Shop();

    @Test
    void oneServerOfEachGroupKilledInTurnFailsNoReadAndLosesNoOrderNorEvent() throws Exception {
        Shop.Start start = shop.start("Instance lost");
        JsonHttp client = Tokens.admin(new JsonHttp(Shop.BALANCER));
        List<Loss> losses = new ArrayList<>();
        ClientLoad load = ClientLoad.through(client, start);
        try (load) {
            for (String victim : VICTIMS) {
                Loss loss = lose(victim, load);
                loss.print(load);
                losses.add(loss);
            }
        }

        List<String> acknowledged = load.acknowledged();
        Ledger ledger = new Ledger(start.buyers(), start.skus());
        long approved = ledger.awaitEndedAndCountApproved(acknowledged);

        List<Executable> checks = new ArrayList<>();
        for (Loss loss : losses) {
            checks.add(() ->
                    assertEquals(List.of(), loss.failedReads(load), "failed reads while " + loss.lost + " was lost"));
        }
        checks.add(() -> assertTrue(approved > 0, "some orders approved"));
        checks.add(ledger::assertCreditAndStockAddUp);
        checks.add(ledger::assertEachOrderEventAppliedOnceByEachGroup);
        assertAll(checks);
        servers.assertAllRunning(Set.copyOf(VICTIMS));
    }

    /** Kills the server, lets the load run on its group's survivor, starts it again, waits until it serves. */
    private Loss lose(String server, ClientLoad load) {
        String host = DomainServers.hostOf(server);
        Loss loss = new Loss(server);
        load.awaitReads(loss.began, ClientLoad.STEADY_READS);
        loss.killed = System.nanoTime();
        servers.kill(host, server);
        load.awaitReads(loss.killed, ClientLoad.READS_WHILE_DOWN);
        loss.restarting = System.nanoTime();
        servers.start(host, server);
        loss.running = System.nanoTime();
        shop.awaitServing(server);
        loss.recovered = System.nanoTime();
        return loss;
    }
}
