package dev.comptoir.aggregator.messaging;

import dev.comptoir.kit.messaging.Delivery;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The aggregator's inbox lives in AggregatorViewDS, beside the read model it guards. The aggregator only
 * consumes; the kit still asks for a delivery path, and XA leaves its outbox empty.
 */
@Dependent
public class AggregatorMessaging {

    @Produces
    @ServiceDatabase
    @PersistenceContext(unitName = "aggregator-view")
    EntityManager database;

    @Produces
    Delivery delivery() {
        return Delivery.XA;
    }
}
