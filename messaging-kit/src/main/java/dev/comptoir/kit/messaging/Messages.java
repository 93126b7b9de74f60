package dev.comptoir.kit.messaging;

import dev.comptoir.kit.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.transaction.Transactional;

/**
 * Sends a service's events and commands so that they go out if and only if its business transaction
 * commits, by the path the service produces as its {@link Delivery}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Messages {

    @Inject
    @ServiceConnectionFactory
    ConnectionFactory broker;

    @Inject
    Outbox outbox;

    /** The path the WAR produces; a WAR that publishes nothing (the aggregator) produces none, and sends nothing here. */
    @Inject
    Provider<Delivery> delivery;

    @Inject
    MessageTracing tracing;

    /** To every subscriber group of a topic. */
    public void publish(String topic, Event event) {
        send(new Outgoing(topic, event, false, tracing.current()));
    }

    /** To one consumer of a queue; messages with the same key are consumed one at a time, in order. */
    public void enqueue(String queue, Event event) {
        send(new Outgoing(queue, event, true, tracing.current()));
    }

    private void send(Outgoing message) {
        if (delivery.get() == Delivery.XA) {
            // A pooled XA factory's connection joins the caller's JTA transaction: sent if and only if it commits.
            try (JMSContext jms = broker.createContext()) {
                tracing.send(message, jms);
            }
        } else {
            outbox.add(message);
        }
    }
}
