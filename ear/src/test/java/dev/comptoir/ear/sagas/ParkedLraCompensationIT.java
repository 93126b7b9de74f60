package dev.comptoir.ear.sagas;

import static dev.comptoir.ear.sagas.SagaChecks.assertOneOperatorAction;
import static dev.comptoir.ear.sagas.SagaChecks.assertRejected;
import static dev.comptoir.ear.sagas.SagaChecks.participants;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.sagas.SagaChecks.Basket;
import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The orchestrated create-order saga when a participant's compensation keeps failing (Customers' after a
 * refusal of stock, Inventory's after its stock was held and its answer lost): the LRA coordinator retries it,
 * each failed attempt is recorded by the participant, and at the bound (2 on the test server) the
 * participation is parked and the coordinator told FailedToCompensate; an operator then finishes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParkedLraCompensationIT {

    /** The first attempt comes with the cancel, the next ones at recovery passes: asked for, else 25 s apart. */
    private static final Duration PARKED = Duration.ofSeconds(150);

    private static final HttpClient RAW =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private String server;
    private JsonHttp http;
    private JsonHttp operator;
    private SagaChecks checks;

    @BeforeEach
    void client() {
        server = "http://" + base.getHost() + ":" + base.getPort();
        http = new JsonHttp(server + "/");
        checks = new SagaChecks(http);
        operator = Tokens.operator(http);
    }

    // Two sagas parked at the same recovery passes: one the operator retries, one they mark resolved.
    @Test
    void aCompensationThatKeepsFailingIsParkedAfterItsRetriesThenRetriedOrResolvedByAnOperatorWithAnAuditTrail() {
        Basket retriedBasket = checks.basket("Lra Stuck", "500", 3);
        Basket resolvedBasket = checks.basket("Lra Resolved", "500", 3);
        List<String> ids = placeWithFailingCompensation(
                List.of(retriedBasket, resolvedBasket), "customers", "customers/compensate", "Stock refused: ");
        String id = ids.get(0);
        String path = participation("customers", id);

        assertParkedAfterTwoAttempts(path, "customers/compensate");
        checks.assertCredit(retriedBasket.customer(), "470.00", "30.00", "0");
        JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
        assertEquals("COMPENSATED", saga.getString("state"));
        assertEquals("FailedToCompensate", participants(saga).get("customers"), saga::toString);
        assertParkedInTimeline(saga, "customers");

        JsonObject retried = retriedByTheOperatorOnly(path, "Cause fixed, compensating");
        checks.assertCredit(retriedBasket.customer(), "500.00", "0", "0");
        assertEquals("Compensated", assertOneOperatorAction(retried, "retry").getString("outcome"));
        assertEquals(
                "Compensated",
                participants(http.get("/orders/" + id + "/saga").expect(200)).get("customers"));

        JsonObject resolved = operator.post(
                        participation("customers", ids.get(1)) + "/resolve", "{\"note\":\"Credit given back by hand\"}")
                .expect(200);
        assertEquals("Compensated", resolved.getString("status"));
        assertEquals(
                "Credit given back by hand",
                assertOneOperatorAction(resolved, "resolve").getString("note"));
        // Nothing given back by Comptoir: the operator settled it elsewhere, and said so.
        checks.assertCredit(resolvedBasket.customer(), "470.00", "30.00", "0");
    }

    @Test
    void inventorysCompensationThatKeepsFailingAfterTheStockWasHeldIsParkedAndTheOperatorPutsTheStockBack()
            throws Exception {
        Basket basket = checks.basket("Lra Stock Stuck", "500", 10);
        String id = placeWithFailingStockCompensation(basket);
        String path = participation("inventory", id);

        assertParkedAfterTwoAttempts(path, "inventory/compensate");
        assertEquals(404, lraStatus(id).statusCode(), "the coordinator has stopped: the LRA failed to cancel");
        // Inventory's part stays done: its 2 beans and 4 cups held. Customers' compensation went through.
        checks.assertStock(basket.beans(), 3);
        checks.assertStock(basket.cups(), 6);
        assertEquals(
                "RESERVED",
                http.get("/inventory/reservations/" + id).expect(200).getString("status"));
        checks.assertCredit(basket.customer(), "500.00", "0", "0");
        JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
        assertEquals("COMPENSATED", saga.getString("state"));
        assertTrue(SagaChecks.steps(saga).contains("reserve-stock FAILED"), saga::toString);
        assertEquals(
                Map.of("customers", "Compensated", "inventory", "FailedToCompensate"),
                participants(saga),
                saga::toString);
        assertParkedInTimeline(saga, "inventory");

        JsonObject retried = retriedByTheOperatorOnly(path, "Shelf fixed, putting the stock back");
        checks.assertStock(basket.beans(), 5);
        checks.assertStock(basket.cups(), 10);
        assertEquals(
                "RELEASED",
                http.get("/inventory/reservations/" + id).expect(200).getString("status"));
        assertEquals("Compensated", assertOneOperatorAction(retried, "retry").getString("outcome"));
        assertEquals(
                "Compensated",
                participants(http.get("/orders/" + id + "/saga").expect(200)).get("inventory"));
    }

    /** The participation's record: parked, FailedToCompensate, with its 2 failed attempts of that step. */
    private void assertParkedAfterTwoAttempts(String path, String step) {
        JsonObject parked = http.get(path).expect(200);
        assertEquals("FailedToCompensate", parked.getString("status"), parked::toString);
        assertEquals(2, parked.getInt("failedCompensations"));
        JsonArray attempts = parked.getJsonArray("failedAttempts");
        assertEquals(2, attempts.size(), attempts::toString);
        assertEquals(step, attempts.getJsonObject(0).getString("consumer"));
        assertEquals(2, attempts.getJsonObject(1).getInt("attempt"));
        assertTrue(attempts.getJsonObject(0).getString("reason").contains("on purpose"), attempts::toString);
    }

    private static void assertParkedInTimeline(JsonObject saga, String participant) {
        JsonObject participation = saga.getJsonObject("participations").getJsonObject(participant);
        assertTrue(participation.getBoolean("parked"), participation::toString);
        assertEquals(2, participation.getJsonArray("failedAttempts").size(), participation::toString);
    }

    /** An anonymous retry is refused (401); the operator's runs the compensation: the participation's record. */
    private JsonObject retriedByTheOperatorOnly(String path, String note) {
        http.anonymous().post(path + "/retry", "{\"note\":\"anyone\"}").problem(401);
        JsonObject retried =
                operator.post(path + "/retry", "{\"note\":\"" + note + "\"}").expect(200);
        assertEquals("Compensated", retried.getString("status"));
        assertFalse(retried.getBoolean("parked"));
        return retried;
    }

    /**
     * Inventory holds the stock but its answer is lost (a fault after its commit), so Orders cancels the LRA
     * with Inventory's part done; every attempt of Inventory to put the stock back fails.
     */
    private String placeWithFailingStockCompensation(Basket basket) {
        return placeWithFailingCompensation(
                        List.of(basket), "inventory", "inventory/(reserve-stock|compensate)", "Stock failed: ")
                .get(0);
    }

    /** Places orchestrated sagas while these steps of the participant fail, and waits for them to be parked. */
    private List<String> placeWithFailingCompensation(
            List<Basket> baskets, String participant, String failingSteps, String reasonStart) {
        Faults faults = new Faults(server + "/");
        faults.failSteps(participant, failingSteps);
        try {
            List<String> ids = new ArrayList<>();
            for (Basket basket : baskets) {
                JsonObject order = checks.place("orchestrated", basket, "");
                assertRejected(order, reasonStart);
                ids.add(order.getString("id"));
            }
            for (String id : ids) {
                await().atMost(PARKED).untilAsserted(() -> {
                    JsonObject part = http.get(participation(participant, id)).expect(200);
                    if (!part.getBoolean("parked")) {
                        RecoveryScan.now(); // the coordinator retries at its recovery passes: one now
                    }
                    assertTrue(part.getBoolean("parked"), part::toString);
                });
                // Told FailedToCompensate, the coordinator stops: the LRA failed to cancel (or is forgotten),
                // where a compensation it still retried would leave it Cancelling.
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    HttpResponse<String> status = lraStatus(id);
                    assertTrue(
                            status.statusCode() == 404
                                    || status.statusCode() == 410
                                    || status.body().trim().equals("FailedToCancel"),
                            () -> status.statusCode() + " " + status.body());
                });
            }
            return ids;
        } finally {
            faults.clear(participant);
        }
    }

    /** The coordinator's word on the LRA of the order's saga. */
    private HttpResponse<String> lraStatus(String orderId) throws Exception {
        String lra = http.get("/orders/" + orderId + "/saga").expect(200).getString("lraId");
        return RAW.send(
                HttpRequest.newBuilder(URI.create(lra + "/status"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An orchestrated saga's participation is named by its order: its LRA id is a URL. */
    private static String participation(String participant, String orderId) {
        return "/" + participant + "/saga/participations/lra-of-order:" + orderId;
    }
}
