package dev.comptoir.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The order as an event stream, over HTTP: concurrency, history, temporal reads, snapshots, transitions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventSourcingIT {

    private static final String IF_MATCH_FAILED = "urn:comptoir:problem:if-match-failed";

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

    private String place() {
        JsonResponse placed = http.post(
                "/",
                "{\"customerId\":\"" + UUID.randomUUID() + "\",\"lines\":[{\"sku\":\"MUG-BLUE\",\"quantity\":1}]}");
        assertEquals(201, placed.status(), placed::raw);
        assertEquals("\"1\"", placed.header("ETag"));
        assertTrue(Long.parseLong(placed.header("Event-Position")) > 0);
        return placed.object().getString("id");
    }

    @Test
    void twoCommandsOnTheSameVersionOneWinsTheOtherGets412AndWritesNothing() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = place();
            CompletableFuture<JsonResponse> approve =
                    CompletableFuture.supplyAsync(() -> http.post("/" + id + "/approve", "", "If-Match", "\"1\""));
            CompletableFuture<JsonResponse> cancel =
                    CompletableFuture.supplyAsync(() -> http.post("/" + id + "/cancel", "", "If-Match", "\"1\""));
            List<JsonResponse> answers = List.of(approve.get(), cancel.get());

            Map<Integer, Long> statuses =
                    answers.stream().collect(Collectors.groupingBy(JsonResponse::status, Collectors.counting()));
            assertEquals(Map.of(200, 1L, 412, 1L), statuses, answers::toString);
            answers.stream()
                    .filter(answer -> answer.status() == 412)
                    .forEach(answer ->
                            assertEquals(IF_MATCH_FAILED, answer.problem(412).getString("type")));
            JsonArray events = http.get("/" + id + "/events").body().asJsonArray();
            assertEquals(2, events.size(), "placed and the winner only: " + events);
            String winner = events.getJsonObject(1).getString("type");
            String status = http.get("/" + id).expect(200).getString("status");
            assertEquals(winner.equals("OrderApproved") ? "APPROVED" : "CANCELLED", status);
        }
    }

    @Test
    void aCommandRetriedWithItsIdempotencyKeyAppendsNothingTheSecondTime() {
        String key = UUID.randomUUID().toString();
        String body = "{\"customerId\":\"" + UUID.randomUUID() + "\",\"lines\":[{\"sku\":\"GRINDER\",\"quantity\":1}]}";
        JsonResponse first = http.post("/", body, "Idempotency-Key", key);
        JsonResponse retry = http.post("/", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first::raw);
        assertEquals(201, retry.status(), retry::raw);
        String id = first.object().getString("id");
        assertEquals(id, retry.object().getString("id"));
        assertEquals(first.header("Event-Position"), retry.header("Event-Position"));

        String approval = UUID.randomUUID().toString();
        http.post("/" + id + "/approve", "", "Idempotency-Key", approval).expect(200);
        JsonObject again = http.post("/" + id + "/approve", "", "Idempotency-Key", approval)
                .expect(200);
        assertEquals("APPROVED", again.getString("status"));
        assertEquals(2, again.getInt("version"));
        assertEquals(
                2, http.get("/" + id + "/events").body().asJsonArray().size(), "one OrderPlaced, one OrderApproved");
        http.post(
                        "/" + id + "/approve",
                        "",
                        "Idempotency-Key",
                        UUID.randomUUID().toString())
                .problem(409);
    }

    @Test
    void theStreamIsTheHistoryAndThePastStateCanBeRead() {
        String id = place();
        http.post("/" + id + "/lines", "{\"sku\":\"KETTLE\",\"quantity\":2}", "If-Match", "\"1\"")
                .expect(200);
        http.post("/" + id + "/approve", "").expect(200);

        JsonArray events = http.get("/" + id + "/events").body().asJsonArray();
        assertEquals(
                List.of("OrderPlaced", "LineAdded", "OrderApproved"),
                events.stream().map(e -> e.asJsonObject().getString("type")).toList());
        assertEquals(
                List.of(1, 2, 3),
                events.stream().map(e -> e.asJsonObject().getInt("version")).toList());
        long first = events.getJsonObject(0).getJsonNumber("position").longValue();
        long last = events.getJsonObject(2).getJsonNumber("position").longValue();
        assertTrue(first < last, "global positions grow");

        JsonObject atVersionOne = http.get("/" + id + "?version=1").expect(200);
        assertEquals("PLACED", atVersionOne.getString("status"));
        assertEquals(1, atVersionOne.getJsonArray("lines").size());
        // As of the instant the order was placed: the state before the line was added.
        String placedAt = events.getJsonObject(0).getString("recordedAt");
        JsonObject asOfThen = http.get("/" + id + "?at=" + placedAt).expect(200);
        assertEquals(atVersionOne, asOfThen);
        JsonObject now = http.get("/" + id).expect(200);
        assertEquals("APPROVED", now.getString("status"));
        assertEquals(2, now.getJsonArray("lines").getJsonObject(1).getInt("lineNo"));
    }

    @Test
    void theStateFromASnapshotEqualsTheFullReplay() {
        String id = place();
        for (int i = 0; i < 24; i++) {
            http.post("/" + id + "/lines", "{\"sku\":\"SKU-" + i + "\",\"quantity\":" + (i + 1) + "}")
                    .expect(200);
        }
        JsonObject fromSnapshot = http.get("/" + id).expect(200);
        assertEquals(25, fromSnapshot.getInt("version"));
        JsonObject fullReplay = http.get("/" + id + "?version=25").expect(200);
        assertEquals(fullReplay, fromSnapshot);
        assertEquals(25, fromSnapshot.getJsonArray("lines").size());
    }

    @Test
    void refusesTransitionsTheOrderDoesNotAllowWith409AndAStaleIfMatchWith412() {
        String id = place();
        http.post("/" + id + "/ship", "").problem(409);
        http.post("/" + id + "/reject", "{}").problem(400);
        assertEquals(
                IF_MATCH_FAILED,
                http.post("/" + id + "/approve", "", "If-Match", "\"7\"")
                        .problem(412)
                        .getString("type"));
        http.post("/" + id + "/approve", "", "If-Match", "seven").problem(400);
        JsonObject rejected = http.post("/" + id + "/reject", "{\"reason\":\"credit limit exceeded\"}")
                .expect(200);
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("credit limit exceeded", rejected.getString("rejectionReason"));
        http.post("/" + id + "/approve", "").problem(409);
        http.post("/" + id + "/lines", "{\"sku\":\"KETTLE\",\"quantity\":1}").problem(409);
        http.get("/" + id + "?at=yesterday").problem(400);
        assertEquals(2, http.get("/" + id + "/events").body().asJsonArray().size(), "refusals wrote nothing");
        Function<JsonValue, String> type = e -> e.asJsonObject().getString("type");
        assertEquals(
                "OrderRejected",
                type.apply(http.get("/" + id + "/events").body().asJsonArray().get(1)));
    }
}
