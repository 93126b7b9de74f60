package dev.comptoir.inventory.events;

import java.util.Map;

/** An order's stock is held: taken from the products' stock until confirmed or released. */
public record StockReserved(String orderId, Map<String, Integer> quantities) implements ReservationChanged {

    @Override
    public InventoryEventType type() {
        return InventoryEventType.STOCK_RESERVED;
    }
}
