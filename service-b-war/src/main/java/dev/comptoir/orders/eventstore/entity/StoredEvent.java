package dev.comptoir.orders.eventstore.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** One event as stored, in the schema version it was written in. Rows are never updated or deleted. */
@Entity
@Table(
        name = "ORDER_EVENT",
        uniqueConstraints = {
            @UniqueConstraint(
                    name = "ORDER_EVENT_STREAM_VERSION",
                    columnNames = {"STREAMID", "VERSION"}),
            @UniqueConstraint(
                    name = "ORDER_EVENT_ID",
                    columnNames = {"EVENTID"})
        })
public class StoredEvent {

    /** Global position: the order of appends across all streams (allocation 1, so no gaps from restarts). */
    @Id
    @SequenceGenerator(name = "order-event", sequenceName = "ORDER_EVENT_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order-event")
    private Long position;

    @Column(nullable = false, length = 36)
    private String eventId;

    @Column(nullable = false, length = 36)
    private String streamId;

    private long version;

    @Column(nullable = false, length = 100)
    private String type;

    private int schemaVersion;

    @Lob
    @Column(nullable = false)
    private String payload;

    @Column(length = 100)
    private String correlationId;

    @Column(length = 100)
    private String causationId;

    @Column(nullable = false)
    private Instant recordedAt;

    protected StoredEvent() {}

    public StoredEvent(
            String eventId,
            String streamId,
            long version,
            String type,
            int schemaVersion,
            String payload,
            String correlationId,
            String causationId,
            Instant recordedAt) {
        this.eventId = eventId;
        this.streamId = streamId;
        this.version = version;
        this.type = type;
        this.schemaVersion = schemaVersion;
        this.payload = payload;
        this.correlationId = correlationId;
        this.causationId = causationId;
        this.recordedAt = recordedAt;
    }

    public Long position() {
        return position;
    }

    public String eventId() {
        return eventId;
    }

    public String streamId() {
        return streamId;
    }

    public long version() {
        return version;
    }

    public String type() {
        return type;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String payload() {
        return payload;
    }

    public String correlationId() {
        return correlationId;
    }

    public String causationId() {
        return causationId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
