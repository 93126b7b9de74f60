package dev.comptoir.customers.messaging;

import dev.comptoir.kit.messaging.Delivery;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
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

    @Produces
    Delivery delivery(Config config) {
        return Delivery.configured(config, "customers", Delivery.OUTBOX);
    }
}
