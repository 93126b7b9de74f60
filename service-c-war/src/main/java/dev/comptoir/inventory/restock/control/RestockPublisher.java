package dev.comptoir.inventory.restock.control;

import static dev.comptoir.inventory.messaging.InventoryMessaging.INVENTORY_EVENTS;
import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.inventory.restock.entity.Restock;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * StockRestocked on inventory-events (schema version 1), keyed by SKU; its {@code sku} also tells the
 * gateway's response cache which answers to drop.
 */
@ApplicationScoped
public class RestockPublisher {

    @Inject
    Messages messages;

    public void restocked(Restock restock) {
        messages.publish(
                INVENTORY_EVENTS,
                Event.of(
                        "StockRestocked",
                        1,
                        restock.sku(),
                        JSON.createObjectBuilder()
                                .add("restockId", restock.restockId())
                                .add("sku", restock.sku())
                                .add("quantity", restock.quantity())
                                .add("stock", restock.stockAfter())
                                .build()));
    }
}
