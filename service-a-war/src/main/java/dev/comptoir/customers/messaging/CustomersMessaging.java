package dev.comptoir.customers.messaging;

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
 * Customers' outbox and inbox live in CustomersDS. Customers sends through its outbox by default
 * (-Dcomptoir.customers.delivery=xa switches it).
 */
@Dependent
public class CustomersMessaging {

    public static final String CUSTOMER_EVENTS = "java:/jms/topic/customer-events";

    @Produces
    @ServiceDatabase
    @PersistenceContext(unitName = "customers")
    EntityManager database;

    /** Logged in as this WAR's broker user, which may send to customer-events only (messaging.cli). */
    @Produces
    @ServiceConnectionFactory
    @Resource(lookup = "java:/jms/publisher/customers")
    ConnectionFactory broker;

    @Produces
    Delivery delivery(Config config) {
        return Delivery.configured(config, "customers", Delivery.OUTBOX);
    }
}
