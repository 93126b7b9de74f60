package dev.comptoir.inventory.events;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.json.JsonObject;

/** Every line of an order is picked: so many lines. */
public record OrderPicked(String orderId, int lines) implements InventoryEvent {

    @Override
    public InventoryEventType type() {
        return InventoryEventType.ORDER_PICKED;
    }

    @Override
    public String key() {
        return orderId;
    }

    @Override
    public JsonObject toJson() {
        return JSON.createObjectBuilder()
                .add("orderId", orderId)
                .add("lines", lines)
                .build();
    }
}
