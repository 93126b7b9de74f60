package dev.comptoir.orders.consumed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.kit.messaging.Event;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsumedTest {

    @Test
    void readsTheHeldAmountAndUnits() {
        assertEquals(
                Optional.of(new Consumed.SagaCreditReserved("o1", new BigDecimal("25.00"))),
                Consumed.read(event("SagaCreditReserved", "{\"orderId\":\"o1\",\"amount\":25.00}")));
        assertEquals(
                Optional.of(new Consumed.SagaStockReserved("o1", 5)),
                Consumed.read(
                        event(
                                "SagaStockReserved",
                                "{\"orderId\":\"o1\",\"lines\":[{\"sku\":\"A\",\"quantity\":2},{\"sku\":\"B\",\"quantity\":3}]}")));
    }

    @Test
    void aRefusalWithoutAReasonSaysRefused() {
        assertEquals(
                Optional.of(new Consumed.CreditLimitExceeded("o1", "too much")),
                Consumed.read(event("CreditLimitExceeded", "{\"orderId\":\"o1\",\"reason\":\"too much\"}")));
        assertEquals(
                Optional.of(new Consumed.OutOfStock("o1", "refused")),
                Consumed.read(event("OutOfStock", "{\"orderId\":\"o1\"}")));
    }

    @Test
    void passesByWhatIsNoAnswerWithoutReadingIt() {
        assertTrue(Consumed.read(event("StockRestocked", "{\"sku\":\"A\"}")).isEmpty());
        assertTrue(Consumed.read(event("CreditReserved", "{}")).isEmpty());
    }

    private static Event event(String type, String json) {
        return new Event(
                "e1",
                type,
                1,
                Instant.EPOCH,
                null,
                "o1",
                Json.createReader(new StringReader(json)).readObject());
    }
}
