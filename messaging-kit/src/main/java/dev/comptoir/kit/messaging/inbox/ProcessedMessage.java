package dev.comptoir.kit.messaging.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message a consumer has applied, stored in the same transaction as its effect. */
@Entity
@Table(name = "PROCESSED_MESSAGE")
public class ProcessedMessage {

    /** Consumer and event id: each subscriber group applies each event once. */
    @Id
    @Column(length = 200)
    private String id;

    @Column(nullable = false)
    private Instant processedAt;

    /**
     * How many more times the event arrived after it was applied (null: never), so that an operator, or a
     * test, sees duplicates in the database: a relay that sent twice, a redelivery after a lost acknowledgement.
     */
    private Integer repeats;

    protected ProcessedMessage() {}

    ProcessedMessage(String id) {
        this.id = id;
        this.processedAt = Instant.now();
    }

    void repeated() {
        repeats = repeats == null ? 1 : repeats + 1;
    }
}
