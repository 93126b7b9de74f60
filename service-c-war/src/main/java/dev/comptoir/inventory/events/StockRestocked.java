package dev.comptoir.inventory.events;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonObject;

/**
 * A SKU was restocked by so many units, to this stock. Keyed by SKU; its {@code sku} also tells the
 * gateway's response cache which answers to drop.
 */
public record StockRestocked(String restockId, String sku, int quantity, int stock) implements InventoryEvent {

    @Override
    public InventoryEventType type() {
        return InventoryEventType.STOCK_RESTOCKED;
    }

    @Override
    public String key() {
        return sku;
    }

    @Override
    public JsonObject toJson() {
        return JSON.createObjectBuilder()
                .add("restockId", restockId)
                .add("sku", sku)
                .add("quantity", quantity)
                .add("stock", stock)
                .build();
    }
}
