package dev.comptoir.inventory.consumed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.kit.messaging.Event;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsumedTest {

    @Test
    void readsTheLinesOfAnOrderPlacedOfEitherSchemaVersion() {
        Consumed expected = new Consumed.OrderPlaced(List.of(new Consumed.Line("B", 3), new Consumed.Line("A", 2)));

        assertEquals(
                Optional.of(expected),
                Consumed.read(event(
                        "OrderPlaced", "{\"lines\":[{\"sku\":\"B\",\"quantity\":3},{\"sku\":\"A\",\"quantity\":2}]}")));
        assertEquals(
                Optional.of(expected),
                Consumed.read(event(
                        "OrderPlaced",
                        "{\"lines\":[{\"lineNo\":1,\"sku\":\"B\",\"quantity\":3},{\"lineNo\":2,\"sku\":\"A\","
                                + "\"quantity\":2}]}")));
    }

    @Test
    void readsAPickLineAsOrdersSendsIt() {
        assertEquals(
                Optional.of(new Consumed.PickLine("o1", 2, 3, "A", 5)),
                Consumed.read(event(
                        "PickLine", "{\"orderId\":\"o1\",\"lineNo\":2,\"lineCount\":3,\"sku\":\"A\",\"quantity\":5}")));
    }

    @Test
    void takesTheOrderOfAnEndFromTheMessagesKey() {
        assertEquals(Optional.of(new Consumed.OrderApproved("o1")), Consumed.read(event("OrderApproved", "{}")));
        assertEquals(Optional.of(new Consumed.OrderRejected("o1")), Consumed.read(event("OrderRejected", "{}")));
    }

    @Test
    void passesByWhatInventoryDoesNotActOn() {
        assertTrue(Consumed.read(event("OrderShipped", "{}")).isEmpty());
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
