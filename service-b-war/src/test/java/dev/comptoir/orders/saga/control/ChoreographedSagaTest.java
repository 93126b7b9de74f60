package dev.comptoir.orders.saga.control;

import static dev.comptoir.kit.json.Jsonp.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.orders.placement.control.OrderLifecycle.Changed;
import dev.comptoir.orders.saga.entity.Saga;
import dev.comptoir.orders.saga.entity.SagaState;
import dev.comptoir.orders.saga.entity.SagaStep;
import dev.comptoir.orders.saga.entity.SagaStyle;
import dev.comptoir.orders.saga.entity.StepOutcome;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What the choreography decides on each participant's answer, and how long a request waits for it. The sagas are kept in a map here, ended as
 * {@link SagaLog#end} ends them (only a RUNNING one, once) without changing an order: the row lock and the
 * order's approval or rejection are SagaLog's and OrderLifecycle's, proven by ChoreographedSagaIT.
 */
class ChoreographedSagaTest {

    private final Map<String, Saga> sagas = new HashMap<>();
    private final ChoreographedSaga choreography = new ChoreographedSaga();

    {
        choreography.log = new SagaLog() {
            @Override
            public Optional<Saga> find(String orderId) {
                return Optional.ofNullable(sagas.get(orderId));
            }

            @Override
            public Saga get(String orderId) {
                return sagas.get(orderId);
            }

            @Override
            public void record(String orderId, String name, String participant, StepOutcome outcome, String detail) {
                sagas.get(orderId).record(new SagaStep(name, participant, outcome, detail));
            }

            @Override
            public Optional<Changed> end(
                    String orderId, SagaState state, String reason, List<SagaStep> last, Supplier<Changed> order) {
                Saga saga = sagas.get(orderId);
                if (saga.state() != SagaState.RUNNING) {
                    return Optional.empty();
                }
                last.forEach(saga::record);
                saga.end(state, reason);
                return Optional.of(new Changed(null, 0));
            }
        };
        sagas.put("o-1", new Saga("o-1", SagaStyle.CHOREOGRAPHED, Duration.ofSeconds(30)));
    }

    @Test
    void recordsTheCreditHeldAndKeepsRunningUntilTheStockAnswers() {
        choreography.on(answer("SagaCreditReserved", saga().add("amount", new BigDecimal("25.00"))));

        assertEquals(SagaState.RUNNING, saga("o-1").state());
        assertEquals(List.of("reserve-credit DONE Held 25.00"), timeline("o-1"));
    }

    @Test
    void approvesTheOrderWhenTheStockIsHeld() {
        choreography.on(answer("SagaStockReserved", saga().add("lines", lines(2, 3))));

        assertEquals(SagaState.CONFIRMED, saga("o-1").state());
        assertEquals(List.of("reserve-stock DONE Held 5 units", "approve-order DONE null"), timeline("o-1"));
    }

    @Test
    void rejectsTheOrderWithTheParticipantsReasonWhenCreditOrStockIsRefused() {
        choreography.on(answer("CreditLimitExceeded", saga().add("reason", "Customer c-1 has 10.00 available")));

        assertEquals(SagaState.COMPENSATED, saga("o-1").state());
        assertEquals(
                "Credit refused: Customer c-1 has 10.00 available", saga("o-1").reason());
        assertEquals(
                List.of(
                        "reserve-credit REFUSED Customer c-1 has 10.00 available",
                        "reject-order DONE Credit refused: Customer c-1 has 10.00 available"),
                timeline("o-1"));

        sagas.put("o-2", new Saga("o-2", SagaStyle.CHOREOGRAPHED, Duration.ofSeconds(30)));
        choreography.on(answer("OutOfStock", JSON.createObjectBuilder().add("orderId", "o-2")));
        assertEquals("Stock refused: refused", saga("o-2").reason());
    }

    @Test
    void anAnswerAfterTheEndIsKeptInTheTimelineAndChangesNothing() {
        choreography.endStuck("o-1");

        choreography.on(answer("SagaStockReserved", saga().add("lines", lines(1))));

        assertEquals(SagaState.COMPENSATED, saga("o-1").state());
        assertEquals(
                "reserve-stock DONE After the end: Held 1 units",
                timeline("o-1").get(1));
    }

    @Test
    void ignoresOtherEventsAndTheAnswersAboutAnOrchestratedSaga() {
        sagas.put("o-2", new Saga("o-2", SagaStyle.ORCHESTRATED, Duration.ofSeconds(30)));

        choreography.on(answer("OrderApproved", saga()));
        choreography.on(answer("OutOfStock", JSON.createObjectBuilder().add("orderId", "o-2")));

        assertEquals(List.of(), timeline("o-1"));
        assertEquals(SagaState.RUNNING, saga("o-2").state());
    }

    @Test
    void theRequestWaitsForARunningSagaUntilItsDeadlineAndTheGrace() {
        Saga saga = saga("o-1");

        assertEquals(Duration.ofSeconds(40), ChoreographedSaga.answerWait(saga, saga.startedAt(), 10_000));
        assertEquals(Duration.ofSeconds(10), ChoreographedSaga.answerWait(saga, saga.deadline(), 10_000));
    }

    @Test
    void theRequestDoesNotWaitForASagaThatEnded() {
        saga("o-1").end(SagaState.CONFIRMED, null);

        assertEquals(
                Duration.ZERO,
                ChoreographedSaga.answerWait(saga("o-1"), saga("o-1").startedAt(), 10_000));
    }

    private Saga saga(String orderId) {
        return sagas.get(orderId);
    }

    private List<String> timeline(String orderId) {
        return saga(orderId).steps().stream()
                .map(step -> step.name() + " " + step.outcome() + " " + step.detail())
                .toList();
    }

    private static JsonObjectBuilder saga() {
        return JSON.createObjectBuilder().add("orderId", "o-1");
    }

    private static JsonArrayBuilder lines(int... quantities) {
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        for (int quantity : quantities) {
            lines.add(JSON.createObjectBuilder().add("sku", "MUG").add("quantity", quantity));
        }
        return lines;
    }

    private static Event answer(String type, JsonObjectBuilder payload) {
        return new Event("e-" + type, type, 1, Instant.now(), null, "o-1", payload.build());
    }
}
