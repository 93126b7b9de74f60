package dev.comptoir.aggregator.deadletters.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.StringReader;
import java.time.Instant;

/**
 * A message in the dead-letter queue: its id (what replay takes: its JMS id, or for a message sent without
 * one, {@code AMQ:} and the broker's id of the message that failed), the event it carries, and where it
 * failed (the address and queue Artemis recorded when it moved it there).
 */
@JsonbNillable
public record DeadLetter(
        String id,
        String eventId,
        String eventType,
        String eventKey,
        String correlationId,
        String originalAddress,
        String originalQueue,
        Instant sentAt,
        JsonValue body) {

    /** What Artemis records, on moving a message to DLQ, as the id the message had before: a broker id. */
    public static final String ORIGINAL_BROKER_ID = "_AMQ_ORIG_MESSAGE_ID";

    /** Prefixes the broker's id of a dead letter that has no JMS id (one sent over STOMP or AMQP without one). */
    public static final String BROKER_ID_PREFIX = "AMQ:";

    public static DeadLetter of(Message message) throws JMSException {
        return new DeadLetter(
                idOf(message),
                message.getStringProperty("eventId"),
                message.getStringProperty("eventType"),
                message.getStringProperty("eventKey"),
                message.getStringProperty("correlationId"),
                message.getStringProperty("_AMQ_ORIG_ADDRESS"),
                message.getStringProperty("_AMQ_ORIG_QUEUE"),
                Instant.ofEpochMilli(message.getJMSTimestamp()),
                bodyOf(message));
    }

    private static String idOf(Message message) throws JMSException {
        if (message.getJMSMessageID() != null || !message.propertyExists(ORIGINAL_BROKER_ID)) {
            return message.getJMSMessageID();
        }
        return BROKER_ID_PREFIX + message.getLongProperty(ORIGINAL_BROKER_ID);
    }

    private static JsonValue bodyOf(Message message) throws JMSException {
        String text = message.isBodyAssignableTo(String.class) ? message.getBody(String.class) : null;
        if (text == null) {
            return JsonValue.NULL;
        }
        try {
            return JSON.createReader(new StringReader(text)).readValue();
        } catch (JsonException notJson) {
            return JSON.createValue(text);
        }
    }
}
