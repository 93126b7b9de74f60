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

    /**
     * How many compensations of an orchestrated saga failed here (the coordinator retries them), and when
     * they were parked at the bound: then the coordinator is told FailedToCompensate, and an operator
     * finishes it. Nullable, so the columns can be added to a table that has rows.
     */
    private Integer failedCompensations;

    private Instant parkedAt;

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

    /** Counts a failed compensation, and parks the participation when it is the {@code bound}th. */
    void countFailedCompensation(int bound) {
        failedCompensations = failedCompensations() + 1;
        updatedAt = Instant.now();
        if (failedCompensations >= bound) {
            parkedAt = updatedAt;
        }
    }

    /** The LRA protocol's name for where this participant stands. */
    public ParticipantStatus participantStatus() {
        return switch (status) {
            case RESERVED -> parked() ? ParticipantStatus.FailedToCompensate : ParticipantStatus.Active;
            case COMPLETED -> ParticipantStatus.Completed;
            case COMPENSATED -> ParticipantStatus.Compensated;
        };
    }

    public String sagaId() {
        return sagaId;
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

    public int failedCompensations() {
        return failedCompensations == null ? 0 : failedCompensations;
    }

    /** Still reserved, its compensation given up by the coordinator: an operator's to finish. */
    public boolean parked() {
        return status == Status.RESERVED && parkedAt != null;
    }

    public Instant parkedAt() {
        return parkedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
