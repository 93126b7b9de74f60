package dev.comptoir.ear.durability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code kill -9} of the server while orders stream in and their OrderPlaced events are being consumed,
 * once with Orders publishing through XA and once through its outbox: after the restart, every order
 * whose placement was acknowledged exists, and each subscriber group has counted every stored order
 * exactly once (none lost, none twice).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessagesSurviveKillRestartIT {

    private static final String SERVER = "wildfly-manual";
    private static final String EAR = "comptoir";
    private static final String JVM = "-Xms128m -Xmx1g -Djava.net.preferIPv4Stack=true";
    private static final int PRODUCERS = 4;
    private static final int KILL_AFTER_ACKS = 150;

    private final JsonHttp http = new JsonHttp("http://127.0.0.1:8080/");

    @ArquillianResource
    ContainerController server;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void xaPublishingLosesAndDuplicatesNothing() throws Exception {
        killMidStreamAndCheck("xa");
    }

    @Test
    void outboxPublishingLosesAndDuplicatesNothing() throws Exception {
        killMidStreamAndCheck("outbox");
    }

    private void killMidStreamAndCheck(String delivery) throws Exception {
        Map<String, String> config = Map.of("javaVmArguments", JVM + " -Dcomptoir.orders.delivery=" + delivery);
        server.start(SERVER, config);
        try {
            deployer.deploy(EAR);
            assertEquals(
                    delivery.toUpperCase(),
                    http.get("/orders/admin/messaging").expect(200).getString("delivery"));
            Shop shop = new Shop(http);
            String customer = shop.customer("Crash " + delivery, "100");
            String sku = "CRASH-" + UUID.randomUUID();

            Set<String> acknowledged = placeOrdersUntilKilled(customer, sku);

            server.kill(SERVER);
            long restarted = System.nanoTime();
            server.start(SERVER, config);

            // Consumers catch up, including prepared XA transactions that recovery completes; Orders' own
            // read side (which lists the stored orders) is one of them.
            await().atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> listed(customer).containsAll(acknowledged) && everythingDelivered());
            Set<String> stored = listed(customer);
            assertTrue(stored.containsAll(acknowledged), "an acknowledged order was lost");
            long caughtUpSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restarted);
            assertEquals(stored.size(), ordersCounted(customer), "Customers' group counted each order once");
            assertEquals(stored.size(), demand(sku), "Inventory's group counted each order once");
            System.out.printf(
                    "kill -9 with %s delivery: %d orders acknowledged, %d stored, each counted once by both groups,"
                            + " %d s from restart to every message delivered%n",
                    delivery, acknowledged.size(), stored.size(), caughtUpSeconds);
        } finally {
            deployer.undeploy(EAR);
            server.stop(SERVER);
        }
    }

    /** Producers place orders until the server dies under them; returns the ones it answered 201. */
    private Set<String> placeOrdersUntilKilled(String customer, String sku) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        long pid = ServerProcess.pid();
        ExecutorService producers = Executors.newFixedThreadPool(PRODUCERS);
        for (int i = 0; i < PRODUCERS; i++) {
            producers.submit(() -> {
                while (attempts.incrementAndGet() <= 2_000) {
                    try {
                        JsonResponse placed = http.post(
                                "/orders/",
                                "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + sku
                                        + "\",\"quantity\":1}]}");
                        if (placed.status() == 201) {
                            acknowledged.add(placed.object().getString("id"));
                        }
                    } catch (UncheckedIOException serverGone) {
                        return;
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= KILL_AFTER_ACKS);
        ServerProcess.kill9(pid);
        producers.shutdown();
        assertTrue(producers.awaitTermination(60, TimeUnit.SECONDS));
        return Set.copyOf(acknowledged);
    }

    private Set<String> listed(String customer) {
        return http.get("/orders/?customerId=" + customer + "&limit=500").body().asJsonArray().stream()
                .map(order -> order.asJsonObject().getString("id"))
                .collect(Collectors.toSet());
    }

    private long ordersCounted(String customer) {
        return http.get("/customers/" + customer + "/activity")
                .expect(200)
                .getJsonNumber("ordersPlaced")
                .longValue();
    }

    private long demand(String sku) {
        return http.get("/inventory/demand/" + sku)
                .expect(200)
                .getJsonNumber("orders")
                .longValue();
    }

    private boolean everythingDelivered() {
        ManagementApi management = new ManagementApi();
        long waiting = 0;
        for (String queue :
                new String[] {"customers-order-activity", "inventory-product-demand", "orders-projections"}) {
            waiting += management.messagesIn(queue);
        }
        long backlog = http.get("/orders/admin/messaging")
                .expect(200)
                .getJsonNumber("outboxBacklog")
                .longValue();
        return waiting == 0 && backlog == 0;
    }
}
