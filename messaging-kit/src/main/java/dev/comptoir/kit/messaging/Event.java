package dev.comptoir.kit.messaging;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.correlation.CorrelationId;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/**
 * A domain event or command as it travels on JMS: a JSON body, and its identity in message properties so
 * that consumers, selectors and the console can read it without parsing the body.
 *
 * @param key the entity it is about (an order id...): the message group on a queue, so per-key order holds
 * @param keyVersion the version that entity reached with this event (an order's stream version, a customer's
 *     version), null when the sender keeps none: lets a consumer with several sessions, which may see one
 *     entity's events out of order, keep the latest
 */
public record Event(
        String id,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String correlationId,
        String key,
        Long keyVersion,
        JsonObject payload) {

    public static final String ID = "eventId";
    public static final String TYPE = "eventType";
    public static final String SCHEMA_VERSION = "schemaVersion";
    public static final String OCCURRED_AT = "occurredAt";
    public static final String CORRELATION_ID = "correlationId";
    public static final String KEY = "eventKey";
    public static final String KEY_VERSION = "keyVersion";

    public Event(
            String id,
            String type,
            int schemaVersion,
            Instant occurredAt,
            String correlationId,
            String key,
            JsonObject payload) {
        this(id, type, schemaVersion, occurredAt, correlationId, key, null, payload);
    }

    /** A new event of this request: fresh id, now, and the correlation id of the request in progress. */
    public static Event of(String type, int schemaVersion, String key, JsonObject payload) {
        return new Event(
                UUID.randomUUID().toString(),
                type,
                schemaVersion,
                Instant.now(),
                CorrelationId.current(),
                key,
                payload);
    }

    /** The same event, stamped with the version its entity reached. */
    public Event atVersion(long version) {
        return new Event(id, type, schemaVersion, occurredAt, correlationId, key, version, payload);
    }

    public static Event from(Message message) {
        try {
            return new Event(
                    message.getStringProperty(ID),
                    message.getStringProperty(TYPE),
                    message.getIntProperty(SCHEMA_VERSION),
                    Instant.parse(message.getStringProperty(OCCURRED_AT)),
                    message.getStringProperty(CORRELATION_ID),
                    message.getStringProperty(KEY),
                    message.propertyExists(KEY_VERSION) ? message.getLongProperty(KEY_VERSION) : null,
                    JSON.createReader(new StringReader(message.getBody(String.class)))
                            .readObject());
        } catch (JMSException | RuntimeException e) {
            throw new MalformedMessage(message, e);
        }
    }

    /** Copies the identity into the message's properties (JMSType too, the standard header for it). */
    public void describe(Message message) throws JMSException {
        message.setJMSType(type);
        message.setStringProperty(ID, id);
        message.setStringProperty(TYPE, type);
        message.setIntProperty(SCHEMA_VERSION, schemaVersion);
        message.setStringProperty(OCCURRED_AT, occurredAt.toString());
        if (correlationId != null) {
            message.setJMSCorrelationID(correlationId);
            message.setStringProperty(CORRELATION_ID, correlationId);
        }
        if (key != null) {
            message.setStringProperty(KEY, key);
        }
        if (keyVersion != null) {
            message.setLongProperty(KEY_VERSION, keyVersion);
        }
    }

    public String body() {
        return payload.toString();
    }
}
