package dev.comptoir.ear.sagas;

import static dev.comptoir.ear.sagas.SagaChecks.SETTLED;
import static dev.comptoir.ear.sagas.SagaChecks.assertOneOperatorAction;
import static dev.comptoir.ear.sagas.SagaChecks.assertRejected;
import static dev.comptoir.ear.sagas.SagaChecks.participants;
import static dev.comptoir.ear.sagas.SagaChecks.steps;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.sagas.SagaChecks.Basket;
import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
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
 * The choreographed create-order saga on the real topics, subscriber groups and databases: no
 * coordinator; each service reacts to the others' events and compensates on a refusal or the saga's end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChoreographedSagaIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private String server;
    private JsonHttp http;
    /** Reads the dead letters and finishes parked compensations: the operator's role. */
    private JsonHttp operator;

    private SagaChecks checks;

    @BeforeEach
    void client() {
        server = "http://" + base.getHost() + ":" + base.getPort();
        http = new JsonHttp(server + "/");
        checks = new SagaChecks(http);
        operator = Tokens.operator(http);
    }

    @Test
    void approvesTheOrderAndConfirmsCreditAndStockWhenBothAgree() {
        Basket basket = checks.basket("Choreo Yes", "500", 10);

        JsonObject order = checks.place("choreographed", basket, "");

        assertEquals("APPROVED", order.getString("status"));
        String id = order.getString("id");
        checks.assertCredit(basket.customer(), "470.00", "0", "30.00");
        checks.assertStock(basket.beans(), 3);
        checks.assertStock(basket.cups(), 6);
        await().atMost(SETTLED)
                .untilAsserted(() -> assertEquals(
                        "CONFIRMED",
                        http.get("/inventory/reservations/" + id).expect(200).getString("status")));
        assertEquals(
                "CONFIRMED",
                http.get("/customers/" + basket.customer() + "/credit-reservations/" + id)
                        .expect(200)
                        .getString("status"));

        JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
        assertEquals("CHOREOGRAPHED", saga.getString("style"));
        assertEquals("CONFIRMED", saga.getString("state"));
        assertTrue(saga.isNull("lraId"), saga::toString);
        assertEquals(
                List.of(
                        "place-order DONE",
                        "price-order DONE",
                        "start-saga DONE",
                        "reserve-credit DONE",
                        "reserve-stock DONE",
                        "approve-order DONE"),
                steps(saga));
        assertEquals(Map.of("customers", "Completed", "inventory", "Completed"), participants(saga));
    }

    @Test
    void rejectsTheOrderWithTheReasonAndHoldsNothingWhenCreditIsRefused() {
        Basket basket = checks.basket("Choreo Poor", "20", 10);

        JsonObject order = checks.place("choreographed", basket, "");

        assertRejected(order, "Credit refused: ");
        String id = order.getString("id");
        checks.assertCredit(basket.customer(), "20.00", "0", "0");
        http.get("/customers/" + basket.customer() + "/credit-reservations/" + id)
                .problem(404);
        checks.assertStock(basket.beans(), 5);
        checks.assertStock(basket.cups(), 10);
        // Inventory never reserved: the OrderRejected it got leaves a tombstone, should the credit's news come late.
        await().atMost(SETTLED).untilAsserted(() -> {
            JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
            assertEquals(Map.of("customers", "Compensated", "inventory", "Compensated"), participants(saga));
        });
        http.get("/inventory/reservations/" + id).problem(404);
        JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
        assertEquals("COMPENSATED", saga.getString("state"));
        assertEquals(order.getString("rejectionReason"), saga.getString("reason"));
        assertEquals(
                List.of(
                        "place-order DONE",
                        "price-order DONE",
                        "start-saga DONE",
                        "reserve-credit REFUSED",
                        "reject-order DONE"),
                steps(saga));
    }

    @Test
    void givesTheCreditBackToTheFigureBeforeWhenStockIsShort() {
        Basket basket = checks.basket("Choreo Short", "500", 3);

        JsonObject order = checks.place("choreographed", basket, "");

        assertRejected(order, "Stock refused: ");
        String id = order.getString("id");
        checks.assertCredit(basket.customer(), "500.00", "0", "0");
        assertEquals(
                "RELEASED",
                http.get("/customers/" + basket.customer() + "/credit-reservations/" + id)
                        .expect(200)
                        .getString("status"));
        http.get("/inventory/reservations/" + id).problem(404);
        checks.assertStock(basket.beans(), 5);
        checks.assertStock(basket.cups(), 3);
        JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
        assertEquals("COMPENSATED", saga.getString("state"));
        assertEquals(
                List.of(
                        "place-order DONE",
                        "price-order DONE",
                        "start-saga DONE",
                        "reserve-credit DONE",
                        "reserve-stock REFUSED",
                        "reject-order DONE"),
                steps(saga));
        await().atMost(SETTLED)
                .untilAsserted(() -> assertEquals(
                        Map.of("customers", "Compensated", "inventory", "Compensated"),
                        participants(http.get("/orders/" + id + "/saga").expect(200))));
    }

    @Test
    void aSagaStillRunningAtItsTimeLimitIsRejectedAndCompensatedEvenIfAStepComesLate() {
        Basket basket = checks.basket("Choreo Slow", "500", 10);
        Faults faults = new Faults(server + "/");
        // Inventory takes 8 s to act on the credit's news; Orders ends the saga at its 1.5 s time limit first.
        faults.delayMessages("inventory", "inventory-stock-saga/SagaCreditReserved", 8_000);
        JsonObject order;
        try {
            order = checks.place("choreographed", basket, "&timeLimitMs=1500");
        } finally {
            faults.clear("inventory");
        }

        assertRejected(order, "Time limit: ");
        String id = order.getString("id");
        checks.assertCredit(basket.customer(), "500.00", "0", "0");
        // Inventory's late step finds the tombstone OrderRejected left, and reserves nothing.
        await().atMost(SETTLED).untilAsserted(() -> {
            JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
            assertTrue(steps(saga).contains("reserve-stock REFUSED"), saga::toString);
        });
        http.get("/inventory/reservations/" + id).problem(404);
        checks.assertStock(basket.beans(), 5);
        checks.assertStock(basket.cups(), 10);
        JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
        assertEquals("COMPENSATED", saga.getString("state"));
    }

    @Test
    void aCompensationThatKeepsFailingIsRedeliveredThenParkedAndFinishedByAnOperatorWithAnAuditTrail() {
        Basket basket = checks.basket("Choreo Stuck", "500", 3);
        String sagaId = "create-order:";
        Faults faults = new Faults(server + "/");
        // Every attempt of Customers to give the credit back fails: on OutOfStock and on OrderRejected alike.
        faults.failMessages("customers", "customers-.*/(OutOfStock|OrderRejected)");
        JsonObject order;
        String id;
        try {
            order = checks.place("choreographed", basket, "");
            assertRejected(order, "Stock refused: ");
            id = order.getString("id");
            sagaId += id;
            // Redelivered 5 times each (1, 2, 4, 8 s apart), then parked in DLQ: both messages, nothing lost.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        JsonArray letters = operator.get("/api/admin/dead-letters?key=" + id)
                                .body()
                                .asJsonArray();
                        assertEquals(2, letters.size(), letters::toString);
                    });
        } finally {
            faults.clear("customers");
        }
        checks.assertCredit(basket.customer(), "470.00", "30.00", "0");
        JsonObject saga = http.get("/orders/" + id + "/saga").expect(200);
        assertEquals("COMPENSATED", saga.getString("state"));
        assertEquals("Active", participants(saga).get("customers"), saga::toString);
        JsonObject customers = saga.getJsonObject("participations").getJsonObject("customers");
        assertEquals(10, customers.getJsonArray("failedAttempts").size(), customers::toString);

        String path = "/customers/saga/participations/" + sagaId;
        http.anonymous().post(path + "/retry", "{\"note\":\"anyone\"}").problem(401);
        JsonObject retried = operator.post(path + "/retry", "{\"note\":\"Cause fixed, compensating\"}")
                .expect(200);

        assertEquals("Compensated", retried.getString("status"));
        checks.assertCredit(basket.customer(), "500.00", "0", "0");
        assertEquals("Compensated", assertOneOperatorAction(retried, "retry").getString("outcome"));

        // Replaying the parked messages afterwards changes nothing: the saga's row says it is compensated.
        for (JsonValue letter :
                operator.get("/api/admin/dead-letters?key=" + id).body().asJsonArray()) {
            operator.post("/api/admin/dead-letters/" + letter.asJsonObject().getString("id") + "/replay", "")
                    .expect(200);
        }
        String finalSagaId = sagaId;
        await().atMost(SETTLED)
                .untilAsserted(() -> assertEquals(
                        3,
                        http.get("/customers/saga/participations/" + finalSagaId)
                                .expect(200)
                                .getInt("compensations")));
        checks.assertCredit(basket.customer(), "500.00", "0", "0");
        assertEquals(
                "Compensated",
                participants(http.get("/orders/" + id + "/saga").expect(200)).get("customers"));
    }

    @Test
    void anOperatorMayMarkAParkedCompensationResolvedWhichGivesNothingBackAndIsAudited() {
        Basket basket = checks.basket("Choreo Resolved", "500", 3);
        Faults faults = new Faults(server + "/");
        faults.failMessages("customers", "customers-.*/(OutOfStock|OrderRejected)");
        String id;
        try {
            id = checks.place("choreographed", basket, "").getString("id");
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> operator.get("/api/admin/dead-letters?key=" + id)
                                    .body()
                                    .asJsonArray()
                                    .size()
                            == 2);
        } finally {
            faults.clear("customers");
        }
        String path = "/customers/saga/participations/create-order:" + id;

        JsonObject resolved = operator.post(path + "/resolve", "{\"note\":\"Credit given back by hand\"}")
                .expect(200);

        assertEquals("Compensated", resolved.getString("status"));
        assertEquals(
                "Credit given back by hand",
                assertOneOperatorAction(resolved, "resolve").getString("note"));
        // Nothing given back by Comptoir: the operator settled it elsewhere, and said so.
        checks.assertCredit(basket.customer(), "470.00", "30.00", "0");
    }
}
