package dev.comptoir.orders.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** An order's state at a version, so loading it replays only the events after that version. */
@Entity
@Table(name = "ORDER_SNAPSHOT")
public class OrderSnapshot {

    @Id
    @Column(length = 36)
    private String streamId;

    private long version;

    private int schemaVersion;

    @Lob
    @Column(nullable = false)
    private String state;

    @Column(nullable = false)
    private Instant takenAt;

    protected OrderSnapshot() {}

    public OrderSnapshot(String streamId) {
        this.streamId = streamId;
    }

    public void take(long version, int schemaVersion, String state) {
        this.version = version;
        this.schemaVersion = schemaVersion;
        this.state = state;
        this.takenAt = Instant.now();
    }

    public long version() {
        return version;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String state() {
        return state;
    }
}
