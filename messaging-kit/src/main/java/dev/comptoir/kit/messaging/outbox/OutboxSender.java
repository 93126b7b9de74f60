package dev.comptoir.kit.messaging.outbox;

import dev.comptoir.kit.messaging.MessageTracing;
import dev.comptoir.kit.messaging.ServiceConnectionFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Sends a batch of outbox rows to the broker outside the relay's database transaction (which holds the lease):
 * each send returns once the broker has stored it, with no XA between broker and database.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class OutboxSender {

    @Inject
    @ServiceConnectionFactory
    ConnectionFactory broker;

    @Inject
    MessageTracing tracing;

    public void send(List<OutboxMessage> batch) {
        try (JMSContext jms = broker.createContext()) {
            batch.forEach(message -> tracing.send(message.toOutgoing(), jms));
        }
    }
}
