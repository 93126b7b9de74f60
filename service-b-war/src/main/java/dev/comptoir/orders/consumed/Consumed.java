package dev.comptoir.orders.consumed;

import dev.comptoir.kit.messaging.Event;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The participants' answers in the choreographed create-order saga, from customer-events and
 * inventory-events, as Orders reads them. Each is about an order, whose saga it answers.
 */
public sealed interface Consumed {

    String orderId();

    void accept(Handler handler);

    /** The one place Orders reads the others' event names: empty for an event it does not act on. */
    static Optional<Consumed> read(Event event) {
        JsonObject payload = event.payload();
        Consumed read = switch (event.type()) {
            case "SagaCreditReserved" -> new SagaCreditReserved(orderOf(payload), amount(payload));
            case "CreditLimitExceeded" -> new CreditLimitExceeded(orderOf(payload), reason(payload));
            case "SagaStockReserved" ->
                new SagaStockReserved(
                        orderOf(payload),
                        payload.getJsonArray("lines").stream()
                                .mapToInt(line -> line.asJsonObject().getInt("quantity"))
                                .sum());
            case "OutOfStock" -> new OutOfStock(orderOf(payload), reason(payload));
            default -> null;
        };
        return Optional.ofNullable(read);
    }

    private static String orderOf(JsonObject answer) {
        return answer.getString("orderId");
    }

    private static BigDecimal amount(JsonObject payload) {
        JsonNumber amount = payload.getJsonNumber("amount");
        return amount == null ? null : amount.bigDecimalValue();
    }

    private static String reason(JsonObject refusal) {
        return refusal.getString("reason", "refused");
    }

    /** Customers: the saga's credit is held, this amount. */
    record SagaCreditReserved(String orderId, BigDecimal amount) implements Consumed {
        @Override
        public void accept(Handler handler) {
            handler.on(this);
        }
    }

    /** Customers: the saga's credit is refused, for this reason. */
    record CreditLimitExceeded(String orderId, String reason) implements Consumed {
        @Override
        public void accept(Handler handler) {
            handler.on(this);
        }
    }

    /** Inventory: the saga's stock is held, so many units in all. */
    record SagaStockReserved(String orderId, int units) implements Consumed {
        @Override
        public void accept(Handler handler) {
            handler.on(this);
        }
    }

    /** Inventory: the saga's stock is refused, for this reason. */
    record OutOfStock(String orderId, String reason) implements Consumed {
        @Override
        public void accept(Handler handler) {
            handler.on(this);
        }
    }

    /** What the saga does with each answer: a new answer is a method here, and the compiler finds the saga. */
    interface Handler {
        void on(SagaCreditReserved answer);

        void on(CreditLimitExceeded answer);

        void on(SagaStockReserved answer);

        void on(OutOfStock answer);
    }
}
