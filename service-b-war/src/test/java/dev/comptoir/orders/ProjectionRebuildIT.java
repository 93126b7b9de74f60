package dev.comptoir.orders;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's rebuild of the order views, over HTTP: every stored event replayed into a fresh
 * generation while readers keep the live one, swapped in when caught up, equal to the live views by
 * content hash; also when a restart interrupts it; and the operator's cancel of one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectionRebuildIT {

    private static final String PROJECTION = "/admin/projections/order-views";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ordersWar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp http;
    private final ManagementApi management = new ManagementApi();

    /** A database kept from an earlier run (PostgreSQL) may hold a rebuild it left running: each test starts without. */
    @BeforeEach
    void noRebuildRunning() {
        http = new JsonHttp(base.toString());
        if (isRunning(status().get("rebuild"))) {
            http.delete(PROJECTION + "/rebuild").expect(200);
        }
    }

    @Test
    void aRebuildFillsAFreshGenerationWhileReadersKeepTheLiveOneAndSwapsInEqualViews() {
        String customer = UUID.randomUUID().toString();
        seed(customer, 30);
        JsonValue listed = http.get("/?customerId=" + customer).body();
        Map<String, Long> counts = statusCounts();
        long live = status().getJsonNumber("generation").longValue();

        JsonResponse started = http.post(PROJECTION + "/rebuild?eventsPerSecond=" + paceForSeconds(4), "");
        assertEquals(202, started.status(), started::raw);
        long generation = started.object().getJsonObject("rebuild").getInt("generation");
        assertTrue(generation > live, "a fresh generation: " + started.raw());
        assertEquals(
                "urn:comptoir:problem:rebuild-running",
                http.post(PROJECTION + "/rebuild", "").problem(409).getString("type"));

        // While it runs, readers see the live generation, whole: never a half-built view.
        String lateCustomer = UUID.randomUUID().toString();
        String late = place(lateCustomer);
        int readsDuringRebuild = 0;
        JsonObject during;
        while ((during = status()).getJsonObject("rebuild").isNull("finishedAt")) {
            assertEquals(live, during.getJsonNumber("generation").longValue());
            assertEquals(listed, http.get("/?customerId=" + customer).body());
            readsDuringRebuild++;
        }
        assertTrue(readsDuringRebuild >= 3, "the rebuild ran long enough to be read during: " + readsDuringRebuild);

        JsonObject done = status();
        assertEquals(generation, done.getJsonNumber("generation").longValue());
        JsonObject rebuild = done.getJsonObject("rebuild");
        assertEquals(rebuild.getString("liveHash"), rebuild.getString("rebuiltHash"), "rebuilt equals live");
        assertEquals(listed, http.get("/?customerId=" + customer).body());
        // An order placed during the rebuild is in the rebuilt generation too, and counted once.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/?customerId=" + lateCustomer)
                        .body()
                        .toString()
                        .contains(late));
        counts.merge("PLACED", 1L, Long::sum);
        assertEquals(counts, statusCounts());
    }

    @Test
    void aRebuildInterruptedByARestartResumesFromItsCheckpointAndSwapsInEqualViews() {
        seed(UUID.randomUUID().toString(), 30);
        String before = hashWhenQuiet();

        http.post(PROJECTION + "/rebuild?eventsPerSecond=" + paceForSeconds(6), "")
                .expect(202);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> status().getJsonObject("rebuild").getInt("checkpoint") > 0);
        long checkpoint =
                status().getJsonObject("rebuild").getJsonNumber("checkpoint").longValue();
        management.reload();

        await().atMost(Duration.ofSeconds(60)).until(() -> http.get(PROJECTION).status() == 200);
        JsonObject resumed = status().getJsonObject("rebuild");
        assertTrue(resumed.getJsonNumber("checkpoint").longValue() >= checkpoint, "resumed, not restarted: " + resumed);
        await().atMost(Duration.ofSeconds(120))
                .until(() -> !status().getJsonObject("rebuild").isNull("finishedAt"));
        JsonObject rebuild = status().getJsonObject("rebuild");
        assertEquals(2, rebuild.getInt("runs"), "started, then resumed once after the restart: " + rebuild);
        assertEquals(before, rebuild.getString("liveHash"));
        assertEquals(before, rebuild.getString("rebuiltHash"));
        assertEquals(before, hashWhenQuiet());
    }

    @Test
    void aCancelledRebuildDropsItsGenerationAndReadersNeverSawIt() {
        String customer = UUID.randomUUID().toString();
        seed(customer, 10);
        JsonValue listed = http.get("/?customerId=" + customer).body();
        String before = hashWhenQuiet();
        long live = status().getJsonNumber("generation").longValue();

        long generation = http.post(PROJECTION + "/rebuild?eventsPerSecond=10", "")
                .expect(202)
                .getJsonObject("rebuild")
                .getJsonNumber("generation")
                .longValue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> status().getJsonObject("rebuild").getInt("checkpoint") > 0);
        JsonObject cancelled = http.delete(PROJECTION + "/rebuild").expect(200);
        assertEquals(generation, cancelled.getJsonNumber("generation").longValue());
        assertTrue(cancelled.isNull("finishedAt"), cancelled::toString);
        assertNotNull(cancelled.getString("cancelledAt"));
        assertEquals(
                "urn:comptoir:problem:no-rebuild-running",
                http.delete(PROJECTION + "/rebuild").problem(409).getString("type"));

        assertEquals(live, status().getJsonNumber("generation").longValue());
        assertEquals(listed, http.get("/?customerId=" + customer).body());
        assertEquals(before, hashWhenQuiet());
        // The next rebuild takes a generation of its own, after the cancelled one's.
        JsonObject next = http.post(PROJECTION + "/rebuild", "").expect(202).getJsonObject("rebuild");
        assertEquals(generation + 1, next.getJsonNumber("generation").longValue());
        await().atMost(Duration.ofSeconds(60)).until(() -> !isRunning(status().get("rebuild")));
        // Against the live views when it finished, as the first test: on a database kept between runs, events of
        // earlier tests may still reach the views after `before` (a CI run on PostgreSQL).
        JsonObject rebuilt = status().getJsonObject("rebuild");
        assertEquals(rebuilt.getString("liveHash"), rebuilt.getString("rebuiltHash"), "rebuilt equals live");
    }

    private static boolean isRunning(JsonValue rebuild) {
        return rebuild instanceof JsonObject r && r.isNull("finishedAt") && r.isNull("cancelledAt");
    }

    /** Orders of one customer, half approved, then until the views list them all. */
    private void seed(String customer, int orders) {
        for (int i = 0; i < orders; i++) {
            String id = place(customer);
            if (i % 2 == 0) {
                http.post("/" + id + "/approve", "").expect(200);
            }
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/?customerId=" + customer).array().size() == orders);
    }

    private String place(String customer) {
        JsonResponse placed = http.post(
                "/", "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"MUG-BLUE\",\"quantity\":2}]}");
        assertEquals(201, placed.status(), placed::raw);
        return placed.object().getString("id");
    }

    /** A pace at which replaying every stored event takes about this long. */
    private long paceForSeconds(int seconds) {
        long head = status().getJsonNumber("position").longValue()
                + status().getJsonNumber("lag").longValue();
        return Math.max(10, head / seconds);
    }

    /** The views' content hash once the projector has applied every event sent. */
    private String hashWhenQuiet() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> management.messagesIn("orders-projections") == 0
                        && status().getJsonNumber("lag").longValue() == 0);
        JsonObject content = http.get(PROJECTION + "/hash").object();
        assertNotNull(content.getString("hash"));
        return content.getString("hash");
    }

    private Map<String, Long> statusCounts() {
        return http.get("/views/status-counts").array().stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(
                        count -> count.getString("status"),
                        count -> count.getJsonNumber("orders").longValue()));
    }

    private JsonObject status() {
        return http.get(PROJECTION).expect(200);
    }
}
