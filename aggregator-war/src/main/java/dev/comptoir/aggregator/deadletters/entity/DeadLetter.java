package dev.comptoir.aggregator.deadletters.entity;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.StringReader;
import java.time.Instant;

/**
 * A message in the dead-letter queue: its JMS id (what replay takes), the event it carries, and where it
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

    public static DeadLetter of(Message message) throws JMSException {
        return new DeadLetter(
                message.getJMSMessageID(),
                message.getStringProperty("eventId"),
                message.getStringProperty("eventType"),
                message.getStringProperty("eventKey"),
                message.getStringProperty("correlationId"),
                message.getStringProperty("_AMQ_ORIG_ADDRESS"),
                message.getStringProperty("_AMQ_ORIG_QUEUE"),
                Instant.ofEpochMilli(message.getJMSTimestamp()),
                bodyOf(message));
    }

    private static JsonValue bodyOf(Message message) throws JMSException {
        String text = message.isBodyAssignableTo(String.class) ? message.getBody(String.class) : null;
        if (text == null) {
            return JsonValue.NULL;
        }
        try {
            return Json.createReader(new StringReader(text)).readValue();
        } catch (JsonException notJson) {
            return Json.createValue(text);
        }
    }
}
