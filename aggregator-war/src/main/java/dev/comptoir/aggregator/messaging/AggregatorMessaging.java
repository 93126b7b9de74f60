package dev.comptoir.aggregator.messaging;

import dev.comptoir.kit.messaging.ServiceConnectionFactory;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The aggregator's inbox lives in AggregatorViewDS, beside the read model it guards. The aggregator publishes
 * no events (it sends only breaker transitions, straight to the broker): it produces no {@code Delivery}, so the
 * kit's outbox relay does not run here and AggregatorViewDS has no outbox table.
 */
@Dependent
public class AggregatorMessaging {

    @Produces
    @ServiceDatabase
    @PersistenceContext(unitName = "aggregator-view")
    EntityManager database;

    /** Logged in as this WAR's broker user, which may send to breaker-transitions only (messaging.cli). */
    @Produces
    @ServiceConnectionFactory
    @Resource(lookup = "java:/jms/publisher/gateway")
    ConnectionFactory broker;
}
