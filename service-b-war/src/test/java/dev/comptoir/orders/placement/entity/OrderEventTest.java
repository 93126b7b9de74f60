package dev.comptoir.orders.placement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each event's JSON, byte for byte as stored events and the other services have it, both ways. */
class OrderEventTest {

    private static final String ABOUT = "{\"orderId\":\"o1\",\"customerId\":\"c1\"";

    @Test
    void orderPlacedIsWrittenAndReadAsSchemaVersionTwo() {
        roundTrips(
                new OrderPlaced(
                        "o1",
                        "c1",
                        Instant.parse("2026-01-01T10:00:00.123456Z"),
                        List.of(new OrderLine(1, "A", 2), new OrderLine(2, "B", 1))),
                "OrderPlaced",
                2,
                ABOUT + ",\"placedAt\":\"2026-01-01T10:00:00.123456Z\",\"lines\":[{\"lineNo\":1,\"sku\":\"A\","
                        + "\"quantity\":2},{\"lineNo\":2,\"sku\":\"B\",\"quantity\":1}]}");
    }

    @Test
    void lineAddedCarriesTheNumberedLine() {
        roundTrips(
                new LineAdded("o1", "c1", new OrderLine(3, "C", 4)),
                "LineAdded",
                1,
                ABOUT + ",\"line\":{\"lineNo\":3,\"sku\":\"C\",\"quantity\":4}}");
    }

    @Test
    void orderRejectedCarriesItsReason() {
        roundTrips(new OrderRejected("o1", "c1", "no stock"), "OrderRejected", 1, ABOUT + ",\"reason\":\"no stock\"}");
    }

    @Test
    void theOtherEndsCarryOnlyTheOrderAndItsCustomer() {
        roundTrips(new OrderApproved("o1", "c1"), "OrderApproved", 1, ABOUT + "}");
        roundTrips(new OrderCancelled("o1", "c1"), "OrderCancelled", 1, ABOUT + "}");
        roundTrips(new OrderShipped("o1", "c1"), "OrderShipped", 1, ABOUT + "}");
    }

    @Test
    void everyTypeHasItsOwnName() {
        for (OrderEventType type : OrderEventType.values()) {
            assertEquals(type, OrderEventType.named(type.wireName()));
        }
        assertThrows(IllegalArgumentException.class, () -> OrderEventType.named("OrderLost"));
    }

    @Test
    void pickLineKeepsItsWireShape() {
        assertEquals(
                "{\"orderId\":\"o1\",\"lineNo\":2,\"lineCount\":3,\"sku\":\"A\",\"quantity\":5}",
                new PickLine("o1", new OrderLine(2, "A", 5), 3).toJson().toString());
    }

    private static void roundTrips(OrderEvent event, String wireName, int schemaVersion, String json) {
        assertEquals(wireName, event.type().wireName());
        assertEquals(schemaVersion, event.type().schemaVersion());
        assertEquals(json, event.toJson().toString());
        JsonObject read = Json.createReader(new StringReader(json)).readObject();
        assertEquals(event, OrderEvent.read(wireName, read));
    }
}
