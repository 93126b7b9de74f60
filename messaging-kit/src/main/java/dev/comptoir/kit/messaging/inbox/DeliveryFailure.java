package dev.comptoir.kit.messaging.inbox;

import dev.comptoir.kit.messaging.Event;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed attempt to apply a message, kept although the attempt itself rolled back: the operator's
 * record of why a message was retried and then dead-lettered.
 */
@Entity
@Table(name = "DELIVERY_FAILURE")
public class DeliveryFailure {

    @Id
    @SequenceGenerator(name = "delivery-failure", sequenceName = "DELIVERY_FAILURE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery-failure")
    private Long id;

    @Column(nullable = false, length = 100)
    private String consumer;

    @Column(nullable = false, length = 100)
    private String eventId;

    /** The event's type and key (the entity it is about, e.g. the order): what a saga's timeline looks them up by. */
    @Column(length = 100)
    private String eventType;

    @Column(length = 100)
    private String eventKey;

    /** The broker's delivery count for this attempt (JMSXDeliveryCount): 1 for the first. */
    private int attempt;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false)
    private Instant failedAt;

    protected DeliveryFailure() {}

    DeliveryFailure(String consumer, Event event, int attempt, String reason) {
        this(consumer, event.id(), event.type(), event.key(), attempt, reason);
    }

    DeliveryFailure(String consumer, String eventId, String eventType, String eventKey, int attempt, String reason) {
        this.consumer = consumer;
        this.eventId = eventId;
        this.eventType = eventType;
        this.eventKey = eventKey;
        this.attempt = attempt;
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.failedAt = Instant.now();
    }

    public String consumer() {
        return consumer;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public int attempt() {
        return attempt;
    }

    public String reason() {
        return reason;
    }

    public Instant failedAt() {
        return failedAt;
    }
}
