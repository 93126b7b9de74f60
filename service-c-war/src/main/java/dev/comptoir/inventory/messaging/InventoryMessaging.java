package dev.comptoir.inventory.messaging;

import dev.comptoir.kit.messaging.Delivery;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;

/**
 * Inventory's outbox and inbox live in InventoryDS. Inventory sends through its outbox by default
 * (-Dcomptoir.inventory.delivery=xa switches it).
 */
@Dependent
public class InventoryMessaging {

    public static final String INVENTORY_EVENTS = "java:/jms/topic/inventory-events";

    @Produces
    @ServiceDatabase
    @PersistenceContext(unitName = "inventory")
    EntityManager database;

    @Produces
    Delivery delivery(Config config) {
        return Delivery.configured(config, "inventory", Delivery.OUTBOX);
    }
}
