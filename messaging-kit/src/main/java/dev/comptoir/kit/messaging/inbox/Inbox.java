package dev.comptoir.kit.messaging.inbox;

import dev.comptoir.kit.correlation.CorrelationId;
import dev.comptoir.kit.faults.FaultRules;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.MessageTracing;
import dev.comptoir.kit.messaging.ServiceDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

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

    @Inject
    FaultRules faults;

    /** @return whether the effect ran (false: this consumer had already processed the event) */
    public boolean receive(String consumer, Message message, Consumer<Event> effect) {
        return tracing.receive(consumer, message, () -> apply(consumer, message, effect));
    }

    /**
     * {@link #receive} for a consumer that is a saga's step: {@code stepFor} answers the step an event calls for,
     * or nothing, and the fault rules of method {@code JMS} (over {@code <consumer>/<event type>}) apply before
     * each step, inside its message's transaction: an injected delay is a late delivery, an injected failure rolls
     * the step back as a real one would. Events the consumer ignores never meet a rule.
     *
     * @return whether the event was new to this consumer (false: it had already processed it)
     */
    public boolean receiveStep(String consumer, Message message, Function<Event, Optional<Runnable>> stepFor) {
        return receive(
                consumer,
                message,
                event -> stepFor.apply(event).ifPresent(step -> {
                    faults.onMessage(consumer, event.type());
                    step.run();
                }));
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
