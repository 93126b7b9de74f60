package dev.comptoir.ear.durability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * {@code kill -9} of the server in the middle of a saga, with the customer's credit reserved and the stock
 * reservation under way. Orchestrated: after the restart, the saga is ended past its time limit, the order
 * rejected, and nothing stays reserved. Choreographed: the saga ends (approved or rejected, whichever of
 * the redelivered step and the deadline comes first), and credit and stock agree with its end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SagaSurvivesKillRestartIT {

    private static final String SERVER = "wildfly-manual";
    private static final String EAR = "comptoir";
    // Stuck sagas are looked for 5 s past their time limit here, not 30 s, to keep the test short.
    private static final Map<String, String> CONFIG = Map.of(
            "javaVmArguments",
            "-Xms128m -Xmx1g -Djava.net.preferIPv4Stack=true -Dcomptoir.fault-injection.enabled=true"
                    + " -Dcomptoir.orders.saga.stuck-after-ms=5000");

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
    void aSagaCutShortByKillMinus9EndsRejectedAfterTheRestartWithNothingReserved() throws Exception {
        server.start(SERVER, CONFIG);
        try {
            deployer.deploy(EAR);
            Shop shop = new Shop(http);
            String customer = shop.customer("Saga Crash", "500");
            String beans = shop.product("Beans", "10.00", 5);
            // The stock reservation hangs: the server is killed while the saga waits for it.
            new Faults("http://127.0.0.1:8080/").delay("inventory", "saga/stock-reservations", 60_000);
            String orderId = killedMidSaga("orchestrated", customer, beans);

            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> "REJECTED"
                            .equals(http.get("/orders/" + orderId).expect(200).getString("status")));
            JsonObject saga = http.get("/orders/" + orderId + "/saga").expect(200);
            assertEquals("COMPENSATED", saga.getString("state"));
            assertTrue(saga.getString("reason").startsWith("Time limit"), saga::toString);
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        JsonObject view = http.get("/customers/" + customer).expect(200);
                        assertAmount("0", view, "creditReserved");
                        assertAmount("500.00", view, "creditAvailable");
                    });
            http.get("/inventory/reservations/" + orderId).problem(404);
            assertEquals(5, http.get("/inventory/products/" + beans).expect(200).getInt("stock"));
        } finally {
            deployer.undeploy(EAR);
            server.stop(SERVER);
        }
    }

    @Test
    void aChoreographedSagaCutShortByKillMinus9EndsAfterTheRestartWithCreditAndStockAsItsEndSays() throws Exception {
        server.start(SERVER, CONFIG);
        try {
            deployer.deploy(EAR);
            Shop shop = new Shop(http);
            String customer = shop.customer("Choreo Crash", "500");
            String beans = shop.product("Beans", "10.00", 5);
            // Inventory's step on the credit's news hangs: the server is killed while it holds the message.
            new Faults("http://127.0.0.1:8080/")
                    .delayMessages("inventory", "inventory-stock-saga/SagaCreditReserved", 60_000);
            String orderId = killedMidSaga("choreographed", customer, beans);

            // After the restart the held message is redelivered, and the saga's deadline passes: whichever
            // comes first ends it, and credit and stock then agree with that end.
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> !"RUNNING"
                            .equals(http.get("/orders/" + orderId + "/saga")
                                    .expect(200)
                                    .getString("state")));
            JsonObject saga = http.get("/orders/" + orderId + "/saga").expect(200);
            String status = http.get("/orders/" + orderId).expect(200).getString("status");
            boolean approved = saga.getString("state").equals("CONFIRMED");
            assertEquals(approved ? "APPROVED" : "REJECTED", status, saga::toString);
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        JsonObject view = http.get("/customers/" + customer).expect(200);
                        assertAmount("0", view, "creditReserved");
                        assertAmount(approved ? "480.00" : "500.00", view, "creditAvailable");
                        assertEquals(
                                approved ? 3 : 5,
                                http.get("/inventory/products/" + beans)
                                        .expect(200)
                                        .getInt("stock"));
                        JsonResponse stock = http.get("/inventory/reservations/" + orderId);
                        if (approved) {
                            assertEquals("CONFIRMED", stock.object().getString("status"));
                        } else {
                            assertTrue(
                                    stock.status() == 404
                                            || stock.object()
                                                    .getString("status")
                                                    .equals("RELEASED"),
                                    stock::toString);
                        }
                    });
        } finally {
            deployer.undeploy(EAR);
            server.stop(SERVER);
        }
    }

    /**
     * Places an order of 2 beans in a saga of that style (time limit 15 s), waits until its credit is
     * reserved, kills the server with {@code kill -9} while the stock step hangs, and starts it again.
     */
    private String killedMidSaga(String style, String customer, String beans) throws Exception {
        String key = UUID.randomUUID().toString();
        String orderId = UUID.nameUUIDFromBytes(("order/" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
        long pid = ServerProcess.pid();
        ExecutorService client = Executors.newSingleThreadExecutor();
        client.submit(() -> {
            try {
                http.post(
                        "/orders/?saga=" + style + "&timeLimitMs=15000",
                        "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + beans + "\",\"quantity\":2}]}",
                        "Idempotency-Key",
                        key);
            } catch (UncheckedIOException serverGone) {
                // expected: the server dies under the request
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> steps(orderId).contains("reserve-credit DONE"));
        assertAmount("20.00", http.get("/customers/" + customer).expect(200), "creditReserved");

        ServerProcess.kill9(pid);
        client.shutdownNow();
        server.start(SERVER, CONFIG);
        return orderId;
    }

    private List<String> steps(String orderId) {
        JsonResponse saga = http.get("/orders/" + orderId + "/saga");
        if (saga.status() != 200) {
            return List.of();
        }
        return saga.object().getJsonArray("steps").stream()
                .map(JsonValue::asJsonObject)
                .map(step -> step.getString("name") + " " + step.getString("outcome"))
                .toList();
    }

    private static void assertAmount(String expected, JsonObject view, String name) {
        BigDecimal actual = view.getJsonNumber(name).bigDecimalValue();
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> name + " " + actual + " in " + view);
    }
}
