package dev.comptoir.inventory.restock.control;

import static dev.comptoir.inventory.messaging.InventoryMessaging.INVENTORY_EVENTS;

import dev.comptoir.inventory.events.StockRestocked;
import dev.comptoir.inventory.restock.entity.Restock;
import dev.comptoir.kit.messaging.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@link StockRestocked} on inventory-events, keyed by SKU. */
@ApplicationScoped
public class RestockPublisher {

    @Inject
    Messages messages;

    public void restocked(Restock restock) {
        StockRestocked event =
                new StockRestocked(restock.restockId(), restock.sku(), restock.quantity(), restock.stockAfter());
        messages.publish(INVENTORY_EVENTS, event.toMessage());
    }
}
