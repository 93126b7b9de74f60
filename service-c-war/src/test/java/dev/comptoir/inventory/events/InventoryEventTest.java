package dev.comptoir.inventory.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each event's name, schema version, key and JSON, byte for byte as the other services read them. */
class InventoryEventTest {

    @Test
    void aReservationsChangesCarryTheUnitsPerSkuInSkuOrder() {
        Map<String, Integer> quantities = Map.of("MUG", 2, "KETTLE", 1);
        String json = "{\"orderId\":\"o1\",\"quantities\":{\"KETTLE\":1,\"MUG\":2}}";

        writes(new StockReserved("o1", quantities), "StockReserved", "o1", json);
        writes(new StockReleased("o1", quantities), "StockReleased", "o1", json);
        writes(new StockConfirmed("o1", quantities), "StockConfirmed", "o1", json);
    }

    @Test
    void aRestockIsKeyedBySku() {
        writes(
                new StockRestocked("r1", "MUG", 5, 12),
                "StockRestocked",
                "MUG",
                "{\"restockId\":\"r1\",\"sku\":\"MUG\",\"quantity\":5,\"stock\":12}");
    }

    @Test
    void aPickedOrderSaysHowManyLines() {
        writes(new OrderPicked("o1", 3), "OrderPicked", "o1", "{\"orderId\":\"o1\",\"lines\":3}");
    }

    private static void writes(InventoryEvent event, String wireName, String key, String json) {
        assertEquals(wireName, event.type().wireName());
        assertEquals(1, event.type().schemaVersion());
        assertEquals(key, event.key());
        assertEquals(json, event.toJson().toString());
    }
}
