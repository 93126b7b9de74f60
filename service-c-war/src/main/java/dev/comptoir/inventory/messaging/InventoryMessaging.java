package dev.comptoir.inventory.messaging;

import dev.comptoir.kit.messaging.Delivery;
import dev.comptoir.kit.messaging.ServiceConnectionFactory;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
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

    /** Logged in as this WAR's broker user, which may send to inventory-events only (messaging.cli). */
    @Produces
    @ServiceConnectionFactory
    @Resource(lookup = "java:/jms/publisher/inventory")
    ConnectionFactory broker;

    @Produces
    Delivery delivery(Config config) {
        return Delivery.configured(config, "inventory", Delivery.OUTBOX);
    }
}
