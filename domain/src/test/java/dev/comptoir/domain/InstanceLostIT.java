package dev.comptoir.domain;

import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An instance lost (issue 26): under a client's load through the balancer, one server of each group is killed
 * ({@code kill -9}) in turn, Customers, Orders, Inventory and the gateway, and started again through the management
 * API once the survivors have carried the load alone. No idempotent read fails; every acknowledged order ends
 * APPROVED or REJECTED; each customer's credit and each product's stock add up with the approved orders; each
 * subscriber group applied each order event exactly once ({@link LossUnderLoad}, in the services' databases). The
 * figures (failed requests, latencies, time to recover) are printed for docs/operations/domain.md.
 */
class InstanceLostIT extends LossUnderLoad {

    /** One of each group, on either host in turn. */
    static final List<String> VICTIMS = List.of("customers-1", "orders-2", "inventory-1", "gateway-2");

    @Test
    void oneServerOfEachGroupKilledInTurnFailsNoReadAndLosesNoOrderNorEvent() throws Exception {
        assertAll(checksAfter("Instance lost", load -> loseInTurn(VICTIMS, load)));
        servers.assertAllRunning(Set.copyOf(VICTIMS));
    }
}
