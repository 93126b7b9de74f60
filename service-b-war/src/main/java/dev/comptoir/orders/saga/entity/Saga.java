package dev.comptoir.orders.saga.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The create-order saga of one order: at most one per order, its id the order's. */
@Entity
@Table(name = "ORDER_SAGA")
public class Saga {

    @Id
    @Column(length = 64)
    private String orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SagaStyle style;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SagaState state;

    /** The LRA's URL on the coordinator, once started. */
    @Column(length = 255)
    private String lraId;

    @Column(length = 500)
    private String reason;

    @Column(nullable = false)
    private Instant startedAt;

    /** When the coordinator cancels the saga's LRA if it has not ended: its time limit from the start. */
    private Instant deadline;

    private Instant endedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ORDER_SAGA_STEP", joinColumns = @JoinColumn(name = "ORDERID"))
    @OrderColumn(name = "SEQ")
    private List<SagaStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected Saga() {}

    public Saga(String orderId, SagaStyle style, Duration timeLimit) {
        this.orderId = orderId;
        this.style = style;
        this.state = SagaState.RUNNING;
        this.startedAt = Instant.now();
        this.deadline = startedAt.plus(timeLimit);
    }

    public void record(SagaStep step) {
        steps.add(step);
    }

    public void joined(String lraId) {
        this.lraId = lraId;
    }

    public void end(SagaState state, String reason) {
        this.state = state;
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.endedAt = Instant.now();
    }

    public String orderId() {
        return orderId;
    }

    public SagaStyle style() {
        return style;
    }

    public SagaState state() {
        return state;
    }

    public String lraId() {
        return lraId;
    }

    public String reason() {
        return reason;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    /** Whether the LRA got as far as its close: then the participants confirm, whatever Orders does next. */
    public boolean closeRecorded() {
        return steps.stream().anyMatch(step -> step.name().equals("close-lra") && step.outcome() == StepOutcome.DONE);
    }

    public Instant endedAt() {
        return endedAt;
    }

    public List<SagaStep> steps() {
        return List.copyOf(steps);
    }
}
