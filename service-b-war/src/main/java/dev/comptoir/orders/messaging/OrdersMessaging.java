package dev.comptoir.orders.messaging;

import dev.comptoir.kit.messaging.Delivery;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;

/**
 * Orders' outbox and inbox live in OrdersDS, beside the orders. Orders sends through XA by default
 * (-Dcomptoir.orders.delivery=outbox switches it).
 */
@Dependent
public class OrdersMessaging {

    public static final String ORDER_EVENTS = "java:/jms/topic/order-events";
    public static final String FULFILMENT = "java:/jms/queue/fulfilment";
    public static final String ORDER_COMMANDS = "java:/jms/queue/order-commands";

    @Produces
    @ServiceDatabase
    @PersistenceContext(unitName = "orders")
    EntityManager database;

    @Produces
    Delivery delivery(Config config) {
        return Delivery.configured(config, "orders", Delivery.XA);
    }
}
