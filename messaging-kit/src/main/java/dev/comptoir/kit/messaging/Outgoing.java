package dev.comptoir.kit.messaging;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * One message on its way: the destination's JNDI name (destinations are defined by server-config), the
 * event, whether it belongs to a message group (its key, so that one consumer takes that key's
 * messages in order: Artemis' message groups), and the trace context it was made in (W3C trace context
 * fields, see {@link MessageTracing}; empty outside a trace).
 */
public record Outgoing(String destination, Event event, boolean grouped, Map<String, String> traceContext) {

    public Outgoing {
        traceContext = Map.copyOf(traceContext);
    }

    private static final Map<String, Destination> DESTINATIONS = new ConcurrentHashMap<>();

    /**
     * Persistent; a send outside a transaction returns once the broker has stored it.
     *
     * @param stamp adds properties of the sender's (the trace context) before the message goes
     */
    void sendWith(JMSContext jms, Consumer<Message> stamp) {
        try {
            TextMessage message = jms.createTextMessage(event.body());
            event.describe(message);
            stamp.accept(message);
            if (grouped) {
                message.setStringProperty("JMSXGroupID", event.key());
            }
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(lookup(destination), message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("Cannot send " + event.type() + " to " + destination, e.getErrorCode(), e);
        }
    }

    private static Destination lookup(String jndiName) {
        return DESTINATIONS.computeIfAbsent(jndiName, name -> {
            try {
                return (Destination) new InitialContext().lookup(name);
            } catch (NamingException e) {
                throw new IllegalStateException("No JMS destination " + name + " (server-config defines them)", e);
            }
        });
    }
}
