package dev.comptoir.inventory.events;

import java.util.Map;

/** An order's held stock is its for good: the order was approved. */
public record StockConfirmed(String orderId, Map<String, Integer> quantities) implements ReservationChanged {

    @Override
    public InventoryEventType type() {
        return InventoryEventType.STOCK_CONFIRMED;
    }
}
