package dev.comptoir.kit.messaging.outbox;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Outgoing;
import jakarta.json.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;

/** A message written with the business change, waiting for the relay; deleted once the broker has it. */
@Entity
@Table(name = "OUTBOX_MESSAGE")
public class OutboxMessage {

    /** Insertion order, which is the order the relay sends in. */
    @Id
    @SequenceGenerator(name = "outbox", sequenceName = "OUTBOX_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox")
    private Long position;

    @Column(nullable = false)
    private String destination;

    private boolean grouped;

    @Column(nullable = false, length = 36)
    private String eventId;

    @Column(nullable = false, length = 100)
    private String type;

    private int schemaVersion;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(length = 100)
    private String correlationId;

    @Column(length = 100)
    private String eventKey;

    private Long keyVersion;

    @Lob
    @Column(nullable = false)
    private String body;

    protected OutboxMessage() {}

    OutboxMessage(Outgoing message) {
        Event event = message.event();
        this.destination = message.destination();
        this.grouped = message.grouped();
        this.eventId = event.id();
        this.type = event.type();
        this.schemaVersion = event.schemaVersion();
        this.occurredAt = event.occurredAt();
        this.correlationId = event.correlationId();
        this.eventKey = event.key();
        this.keyVersion = event.keyVersion();
        this.body = event.body();
    }

    public Long position() {
        return position;
    }

    public Outgoing toOutgoing() {
        Event event = new Event(
                eventId,
                type,
                schemaVersion,
                occurredAt,
                correlationId,
                eventKey,
                keyVersion,
                Json.createReader(new StringReader(body)).readObject());
        return new Outgoing(destination, event, grouped);
    }
}
