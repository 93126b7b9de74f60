package dev.comptoir.customers.consumed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.kit.messaging.Event;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsumedTest {

    @Test
    void readsAnOrderPlacedOfEitherSchemaVersion() {
        String v1Lines = "[{\"sku\":\"A\",\"quantity\":2},{\"sku\":\"B\",\"quantity\":3}]";
        String v2Lines = "[{\"lineNo\":1,\"sku\":\"A\",\"quantity\":2},{\"lineNo\":2,\"sku\":\"B\",\"quantity\":3}]";
        for (String lines : new String[] {v1Lines, v2Lines}) {
            Optional<Consumed> read = Consumed.read(event(
                    "OrderPlaced",
                    "o1",
                    "{\"orderId\":\"o1\",\"customerId\":\"c1\",\"placedAt\":\"2026-01-01T00:00:00Z\",\"lines\":" + lines
                            + "}"));

            assertEquals(Optional.of(new Consumed.OrderPlaced("c1", 5, Instant.parse("2026-01-01T00:00:00Z"))), read);
        }
    }

    @Test
    void takesTheOrderOfAnEndFromTheMessagesKey() {
        assertEquals(Optional.of(new Consumed.OrderApproved("o1")), Consumed.read(event("OrderApproved", "o1", "{}")));
        assertEquals(Optional.of(new Consumed.OrderRejected("o1")), Consumed.read(event("OrderRejected", "o1", "{}")));
    }

    @Test
    void readsTheSagaOfARefusedStock() {
        assertEquals(
                Optional.of(new Consumed.OutOfStock("s1")),
                Consumed.read(event("OutOfStock", "o1", "{\"sagaId\":\"s1\",\"orderId\":\"o1\"}")));
    }

    @Test
    void passesByWhatCustomersDoesNotActOn() {
        assertTrue(Consumed.read(event("OrderShipped", "o1", "{}")).isEmpty());
        assertTrue(Consumed.read(event("StockRestocked", "A", "{}")).isEmpty());
    }

    private static Event event(String type, String key, String json) {
        return new Event(
                "e1",
                type,
                1,
                Instant.EPOCH,
                null,
                key,
                Json.createReader(new StringReader(json)).readObject());
    }
}
