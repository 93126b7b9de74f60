package dev.comptoir.orders.messaging;

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

    /** Logged in as this WAR's broker user, which may send to order-events, fulfilment and order-commands only (messaging.cli). */
    @Produces
    @ServiceConnectionFactory
    @Resource(lookup = "java:/jms/publisher/orders")
    ConnectionFactory broker;

    @Produces
    Delivery delivery(Config config) {
        return Delivery.configured(config, "orders", Delivery.XA);
    }
}
