package dev.comptoir.kit.messaging.inbox;

import dev.comptoir.kit.correlation.CorrelationId;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.MessageTracing;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * Applies each message once per consumer: the event id is recorded in the consumer's database in the
 * transaction of the effect (the MDB's, which also acknowledges the message). A redelivered or duplicated
 * message finds its id and changes nothing but the id's count of repeats; two copies processed at once both
 * try to insert it, and the second fails at commit, is rolled back and redelivered, and then finds it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Inbox {

    @Inject
    @ServiceDatabase
    EntityManager em;

    @Inject
    DeliveryFailures failures;

    @Inject
    MessageTracing tracing;

    /** @return whether the effect ran (false: this consumer had already processed the event) */
    public boolean receive(String consumer, Message message, Consumer<Event> effect) {
        return tracing.receive(consumer, message, () -> apply(consumer, message, effect));
    }

    private boolean apply(String consumer, Message message, Consumer<Event> effect) {
        Event event = Event.from(message);
        String id = consumer + "/" + event.id();
        ProcessedMessage applied = em.find(ProcessedMessage.class, id);
        if (applied != null) {
            applied.repeated();
            return false;
        }
        em.persist(new ProcessedMessage(id));
        try {
            CorrelationId.during(event.correlationId(), () -> effect.accept(event));
        } catch (RuntimeException e) {
            failures.record(consumer, event, deliveryCount(message), e);
            throw e;
        }
        return true;
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException e) {
            return 0;
        }
    }
}
