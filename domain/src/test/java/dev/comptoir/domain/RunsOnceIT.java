package dev.comptoir.domain;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Work that must run once runs once across a service's instances (issue 26): the outbox relay. Both Orders servers
 * write order events to the outbox of their one database, and each relays; each relay round holds the outbox's lease
 * row ({@code OUTBOX_LEASE}, locked {@code FOR UPDATE SKIP LOCKED}), so that no row is sent by both. Counted where it
 * lands: no subscriber group receives an order event again after applying it (the inbox's {@code REPEATS}). And the
 * lease moves: while a connection that is not a server's holds it (as a relay in the middle of its round does), no
 * instance relays; when that connection dies, as a killed server's does, the servers relay within seconds.
 */
@ExtendWith(RunningDomain.class)
class RunsOnceIT {

    /** Both relays poll every second; a few more for the consumers to apply the event. */
    private static final Duration TAKEOVER_WITHIN = Duration.ofSeconds(10);

    private final Shop shop = new Shop();

    @Test
    void bothOrdersServersRelayAndNoOrderEventArrivesTwice() throws Exception {
        Shop.Start start = shop.start("Runs once");
        ClientLoad load = ClientLoad.through(Tokens.admin(new JsonHttp(Shop.BALANCER)), start);
        try (load) {
            load.awaitReads(System.nanoTime(), 150);
        }
        Ledger ledger = new Ledger(start.buyers(), start.skus());
        ledger.awaitEndedAndCountApproved(load.acknowledged());
        ledger.assertEachOrderEventAppliedOnceByEachGroup();
        Map<String, Integer> repeats = ledger.repeatsByGroup();
        System.out.printf(
                "Runs once: %d orders placed through both Orders servers; events received again by group: %s%n",
                ledger.placedOrders().size(), repeats);
        Map<String, Integer> none = new TreeMap<>();
        repeats.keySet().forEach(group -> none.put(group, 0));
        assertEquals(none, repeats, "order events received again after being applied");
    }

    @Test
    void noServerRelaysWhileTheLeaseIsHeldAndTheyRelaySoonAfterItsHolderDies() throws Exception {
        Shop.Start start = shop.start("Lease");
        String customer = start.buyers().get(0);
        JsonHttp customers = Shop.service("customers-2");
        try (Connection holder = Ledger.connect("comptoir_orders")) {
            holder.setAutoCommit(false);
            try (Statement lease = holder.createStatement();
                    ResultSet row = lease.executeQuery("select id from outbox_lease where id = 1 for update")) {
                assertTrue(row.next(), "the outbox's lease row");
            }
            Shop.service("orders-2")
                    .post(
                            "/orders/",
                            "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\""
                                    + start.skus().get(1) + "\",\"quantity\":1}]}")
                    .expect(201);
            await().during(Duration.ofSeconds(4))
                    .atMost(Duration.ofSeconds(6))
                    .until(() -> backlog() > 0 && ordersPlaced(customers, customer) == 0);
            // As a killed server's socket closes: the database ends the session and its transaction, lock and all.
            holder.abort(Runnable::run);
        }
        long released = System.nanoTime();
        await().atMost(TAKEOVER_WITHIN)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> ordersPlaced(customers, customer) == 1);
        System.out.printf(
                "Lease: the order's event applied %d ms after the lease's holder died%n",
                (System.nanoTime() - released) / 1_000_000);
        await().atMost(TAKEOVER_WITHIN).until(() -> backlog() == 0);
    }

    private static long ordersPlaced(JsonHttp customers, String customer) {
        return customers
                .get("/customers/" + customer + "/activity")
                .expect(200)
                .getJsonNumber("ordersPlaced")
                .longValue();
    }

    private static long backlog() throws SQLException {
        try (Connection db = Ledger.connect("comptoir_orders");
                Statement count = db.createStatement();
                ResultSet rows = count.executeQuery("select count(*) from outbox_message")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
