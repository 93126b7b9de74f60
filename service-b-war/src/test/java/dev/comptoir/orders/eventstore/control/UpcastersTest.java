package dev.comptoir.orders.eventstore.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.orders.placement.entity.OrderEventType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class UpcastersTest {

    @Test
    void readsAnOrderPlacedOfSchemaVersionOneAsTheCurrentVersion() {
        JsonObject v1 = json("{\"orderId\":\"o1\",\"customerId\":\"c1\",\"placedAt\":\"2026-01-01T00:00:00Z\","
                + "\"lines\":[{\"sku\":\"A\",\"quantity\":2},{\"sku\":\"B\",\"quantity\":1}]}");

        Upcasters.Upcast read = Upcasters.upcast(OrderEventType.ORDER_PLACED, 1, v1);

        assertEquals(2, read.schemaVersion());
        assertEquals(OrderEventType.ORDER_PLACED.schemaVersion(), read.schemaVersion());
        assertEquals(1, read.payload().getJsonArray("lines").getJsonObject(0).getInt("lineNo"));
        assertEquals(2, read.payload().getJsonArray("lines").getJsonObject(1).getInt("lineNo"));
        assertEquals("B", read.payload().getJsonArray("lines").getJsonObject(1).getString("sku"));
        assertEquals("c1", read.payload().getString("customerId"));
    }

    @Test
    void leavesCurrentEventsAsTheyAre() {
        JsonObject approved = json("{\"orderId\":\"o1\",\"customerId\":\"c1\"}");

        Upcasters.Upcast read = Upcasters.upcast(OrderEventType.ORDER_APPROVED, 1, approved);

        assertEquals(1, read.schemaVersion());
        assertEquals(approved, read.payload());
    }

    @Test
    void bringsEveryOldVersionOfEveryTypeToTheVersionItIsWrittenInNow() {
        JsonObject v1 = json("{\"orderId\":\"o1\",\"customerId\":\"c1\",\"lines\":[]}");
        for (OrderEventType type : OrderEventType.values()) {
            for (int version = 1; version <= type.schemaVersion(); version++) {
                assertEquals(
                        type.schemaVersion(),
                        Upcasters.upcast(type, version, v1).schemaVersion(),
                        type + " read in version " + version);
            }
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
