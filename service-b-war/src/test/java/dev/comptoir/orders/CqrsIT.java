package dev.comptoir.orders;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read side against the write side, over HTTP: after commands, the views (fed asynchronously through
 * order-events) hold exactly what the event store implies; read-your-writes with minPosition.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CqrsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ordersWar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp http;

    @BeforeEach
    void client() {
        http = new JsonHttp(base.toString());
    }

    @Test
    void afterABurstOfCommandsTheViewsEqualWhatTheEventStoreImplies() throws Exception {
        burstAndCompare();
    }

    @Test
    void aProjectorStoppedAndRestartedMidBurstLosesAndDoublesNothing() throws Exception {
        projector("stop-delivery");
        try {
            String customer = UUID.randomUUID().toString();
            String id = place(customer, 2).object().getString("id");
            assertEquals(0, ofCustomer(customer).size(), "the views wait while the projector is stopped");
            assertTrue(Long.parseLong(http.get("/views/status-counts").header("Projection-Lag")) > 0);
            http.post("/" + id + "/approve", "").expect(200);
        } finally {
            projector("start-delivery");
        }
        burstAndCompare();
    }

    @Test
    void aQueryWithTheCommandsPositionSeesItsWriteAndOneAheadOfTheViewsIsTold() {
        String customer = UUID.randomUUID().toString();
        JsonResponse placed = place(customer, 1);
        long position = Long.parseLong(placed.header("Event-Position"));

        JsonResponse read = http.get("/?customerId=" + customer + "&minPosition=" + position);
        assertEquals(200, read.status(), read::raw);
        assertEquals(
                placed.object().getString("id"),
                read.body().asJsonArray().getJsonObject(0).getString("id"));
        assertTrue(Long.parseLong(read.header("Projection-Position")) >= 1);

        JsonObject behind = http.get("/?customerId=" + customer + "&minPosition=" + (position + 1_000_000))
                .problem(503);
        assertEquals("urn:comptoir:problem:projection-behind", behind.getString("type"));
    }

    /**
     * Places 12 orders at once and moves each through its own path, then waits until the customer's
     * listed orders equal the write side's, and checks the counters moved by exactly this burst.
     */
    private void burstAndCompare() throws Exception {
        awaitCaughtUp();
        Map<String, Long> countsBefore = statusCounts();
        JsonObject todayBefore = today();
        String customer = UUID.randomUUID().toString();

        List<CompletableFuture<String>> orders = IntStream.range(0, 12)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    String id = place(customer, 1 + i % 3).object().getString("id");
                    if (i % 2 == 0) {
                        http.post("/" + id + "/lines", "{\"sku\":\"KETTLE\",\"quantity\":2}")
                                .expect(200);
                    }
                    switch (i % 4) {
                        case 0 -> http.post("/" + id + "/approve", "").expect(200);
                        case 1 -> http.post("/" + id + "/cancel", "").expect(200);
                        case 2 ->
                            http.post("/" + id + "/reject", "{\"reason\":\"no stock\"}")
                                    .expect(200);
                        default -> {
                            http.post("/" + id + "/approve", "").expect(200);
                            http.post("/" + id + "/ship", "").expect(200);
                        }
                    }
                    return id;
                }))
                .toList();
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> order : orders) {
            ids.add(order.get());
        }

        Map<String, JsonObject> writeSide = ids.stream()
                .collect(Collectors.toMap(id -> id, id -> http.get("/" + id).expect(200)));
        await().atMost(Duration.ofSeconds(30)).until(() -> ofCustomer(customer).equals(writeSide));

        Map<String, Long> expected = new HashMap<>();
        writeSide.values().forEach(order -> expected.merge(order.getString("status"), 1L, Long::sum));
        awaitCaughtUp();
        Map<String, Long> countsAfter = statusCounts();
        for (String status : List.of("PLACED", "APPROVED", "REJECTED", "CANCELLED", "SHIPPED")) {
            assertEquals(
                    expected.getOrDefault(status, 0L),
                    countsAfter.getOrDefault(status, 0L) - countsBefore.getOrDefault(status, 0L),
                    status + " counted by exactly this burst");
        }
        long units = writeSide.values().stream()
                .flatMap(order -> order.getJsonArray("lines").stream())
                .mapToLong(line -> line.asJsonObject().getInt("quantity"))
                .sum();
        JsonObject todayAfter = today();
        assertEquals(12, todayAfter.getInt("ordersPlaced") - todayBefore.getInt("ordersPlaced"));
        assertEquals(units, todayAfter.getInt("units") - todayBefore.getInt("units"));
    }

    private JsonResponse place(String customer, int quantity) {
        JsonResponse placed = http.post(
                "/",
                "{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"MUG-BLUE\",\"quantity\":" + quantity
                        + "}]}");
        assertEquals(201, placed.status(), placed::raw);
        return placed;
    }

    private Map<String, JsonObject> ofCustomer(String customer) {
        return http.get("/?customerId=" + customer).body().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(order -> order.getString("id"), order -> order));
    }

    private Map<String, Long> statusCounts() {
        return http.get("/views/status-counts").body().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(
                        count -> count.getString("status"),
                        count -> count.getJsonNumber("orders").longValue()));
    }

    private JsonObject today() {
        String day = LocalDate.now(ZoneOffset.UTC).toString();
        return http.get("/views/daily-totals?from=" + day + "&to=" + day).body().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder()
                        .add("ordersPlaced", 0)
                        .add("units", 0)
                        .build());
    }

    /** Until the order-events subscription of the projector is empty: every earlier event projected. */
    private void awaitCaughtUp() {
        ManagementApi management = new ManagementApi();
        await().atMost(Duration.ofSeconds(30)).until(() -> management.messagesIn("orders-projections") == 0);
    }

    private void projector(String operation) {
        new ManagementApi().delivery(operation, "OrderProjectionListener", "orders.war");
    }
}
