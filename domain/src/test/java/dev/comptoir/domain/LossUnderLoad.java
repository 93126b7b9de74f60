package dev.comptoir.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * What the failover tests share: fresh customers and products, a client's load through the balancer while servers
 * are lost, and, once the load has stopped, the checks that follow every loss: no idempotent read failed meanwhile,
 * every acknowledged order ended and some were approved, credit and stock add up, each subscriber group applied each
 * order event once ({@link Ledger}).
 */
@ExtendWith(RunningDomain.class)
abstract class LossUnderLoad {

    /** What a test does to the domain while the load runs; the losses it caused, each ended (serving again). */
    interface Losses {
        List<Loss> cause(ClientLoad load) throws Exception;
    }

    final DomainServers servers = new DomainServers();
    final Shop shop = new Shop();

    /** Each server lost in turn ({@link #lose}). */
    List<Loss> loseInTurn(List<String> victims, ClientLoad load) {
        List<Loss> losses = new ArrayList<>();
        for (String victim : victims) {
            losses.add(lose(victim, load));
        }
        return losses;
    }

    /**
     * Kills the server, lets the load run on its group's survivor, starts it again, waits until it serves. Its
     * loss's {@code carried}: when the survivors carry its share alone (the gateways, or for a gateway the balancer,
     * no longer send it calls).
     */
    Loss lose(String server, ClientLoad load) {
        String host = DomainServers.hostOf(server);
        Loss loss = new Loss(server);
        load.awaitReads(loss.began, ClientLoad.STEADY_READS);
        loss.killed = System.nanoTime();
        servers.kill(host, server);
        shop.awaitOutOfRotation(server);
        loss.carried = System.nanoTime();
        load.awaitReads(loss.killed, ClientLoad.READS_WHILE_DOWN);
        loss.restarting = System.nanoTime();
        servers.start(host, server);
        loss.running = System.nanoTime();
        shop.awaitServing(server);
        loss.recovered = System.nanoTime();
        return loss;
    }

    /** Runs the losses under load and prints each; answers the checks to assert, to which a test may add its own. */
    List<Executable> checksAfter(String label, Losses losses) throws Exception {
        Shop.Start start = shop.start(label);
        JsonHttp client = Tokens.admin(new JsonHttp(Shop.BALANCER));
        ClientLoad load = ClientLoad.through(client, start);
        List<Loss> caused;
        try (load) {
            caused = losses.cause(load);
        }
        caused.forEach(loss -> loss.print(load));

        Ledger ledger = new Ledger(start.buyers(), start.skus());
        long approved = ledger.awaitEndedAndCountApproved(load.acknowledged());
        // Not asserted: a server killed between a relay's send and its delete sends those rows again, by design.
        System.out.printf(
                "%s: order events received again after being applied, by group: %s%n", label, ledger.repeatsByGroup());
        List<Executable> checks = new ArrayList<>();
        for (Loss loss : caused) {
            checks.add(() ->
                    assertEquals(List.of(), loss.failedReads(load), "failed reads while " + loss.lost + " was lost"));
        }
        checks.add(() -> assertTrue(approved > 0, "some orders approved"));
        checks.add(ledger::assertCreditAndStockAddUp);
        checks.add(ledger::assertEachOrderEventAppliedOnceByEachGroup);
        return checks;
    }
}
