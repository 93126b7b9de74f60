package dev.comptoir.orders.saga.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One line of a saga's timeline: what was asked of whom, how it went, and when. */
@Embeddable
public class SagaStep {

    @Column(nullable = false, length = 32)
    private String name;

    @Column(nullable = false, length = 32)
    private String participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StepOutcome outcome;

    @Column(length = 1000)
    private String detail;

    @Column(nullable = false)
    private Instant at;

    protected SagaStep() {}

    public SagaStep(String name, String participant, StepOutcome outcome, String detail) {
        this.name = name;
        this.participant = participant;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.at = Instant.now();
    }

    public String name() {
        return name;
    }

    public String participant() {
        return participant;
    }

    public StepOutcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public Instant at() {
        return at;
    }
}
