package dev.comptoir.kit.saga;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.microprofile.lra.annotation.ParticipantStatus;

/**
 * This participant's part in one saga. Without an order id it is a tombstone: the saga ended before this
 * participant reserved anything, and it never will for that saga.
 */
@Entity
@Table(name = "SAGA_PARTICIPATION")
public class SagaParticipation {

    public enum Status {
        RESERVED,
        COMPLETED,
        COMPENSATED
    }

    /** The saga's id: for an orchestrated saga, the URL of its LRA. */
    @Id
    @Column(length = 255)
    private String sagaId;

    @Column(length = 64)
    private String orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    /** How many compensations arrived: more than one means the coordinator retried or replayed one. */
    @Column(nullable = false)
    private int compensations;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected SagaParticipation() {}

    SagaParticipation(String sagaId, String orderId, Status status) {
        this.sagaId = sagaId;
        this.orderId = orderId;
        this.status = status;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void moveTo(Status target) {
        status = target;
        updatedAt = Instant.now();
    }

    void countCompensation() {
        compensations++;
        updatedAt = Instant.now();
    }

    /** The LRA protocol's name for where this participant stands. */
    public ParticipantStatus participantStatus() {
        return switch (status) {
            case RESERVED -> ParticipantStatus.Active;
            case COMPLETED -> ParticipantStatus.Completed;
            case COMPENSATED -> ParticipantStatus.Compensated;
        };
    }

    public String orderId() {
        return orderId;
    }

    public Status status() {
        return status;
    }

    public int compensations() {
        return compensations;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
