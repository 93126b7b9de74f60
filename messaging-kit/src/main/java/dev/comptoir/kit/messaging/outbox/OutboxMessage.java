package dev.comptoir.kit.messaging.outbox;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Outgoing;
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
import java.util.HashMap;
import java.util.Map;

/** A message written with the business change, waiting for the relay; deleted once the broker has it. */
@Entity
@Table(name = "OUTBOX_MESSAGE")
public class OutboxMessage {

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

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

    /** The W3C trace context of the request that wrote the row, so that the relay's send joins its trace. */
    @Column(length = 64)
    private String traceParent;

    @Column(length = 512)
    private String traceState;

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
        this.traceParent = message.traceContext().get(TRACEPARENT);
        this.traceState = message.traceContext().get(TRACESTATE);
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
                JSON.createReader(new StringReader(body)).readObject());
        Map<String, String> traceContext = new HashMap<>();
        if (traceParent != null) {
            traceContext.put(TRACEPARENT, traceParent);
        }
        if (traceState != null) {
            traceContext.put(TRACESTATE, traceState);
        }
        return new Outgoing(destination, event, grouped, traceContext);
    }
}
