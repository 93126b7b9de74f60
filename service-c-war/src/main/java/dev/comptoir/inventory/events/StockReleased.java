package dev.comptoir.inventory.events;

import java.util.Map;

/** An order's held stock went back to the products. */
public record StockReleased(String orderId, Map<String, Integer> quantities) implements ReservationChanged {

    @Override
    public InventoryEventType type() {
        return InventoryEventType.STOCK_RELEASED;
    }
}
