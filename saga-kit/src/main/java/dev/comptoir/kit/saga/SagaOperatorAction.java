package dev.comptoir.kit.saga;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail of operators' actions on a saga's participation: who did what, why, and how it went. */
@Entity
@Table(name = "SAGA_OPERATOR_ACTION")
public class SagaOperatorAction {

    @Id
    @SequenceGenerator(name = "saga-operator-action", sequenceName = "SAGA_OPERATOR_ACTION_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saga-operator-action")
    private Long id;

    @Column(nullable = false, length = 255)
    private String sagaId;

    /** retry or resolve. */
    @Column(nullable = false, length = 16)
    private String action;

    @Column(nullable = false, length = 100)
    private String operator;

    @Column(length = 500)
    private String note;

    @Column(nullable = false, length = 1000)
    private String outcome;

    @Column(nullable = false)
    private Instant at;

    protected SagaOperatorAction() {}

    SagaOperatorAction(String sagaId, String action, String operator, String note, String outcome) {
        this.sagaId = sagaId;
        this.action = action;
        this.operator = operator;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
        this.outcome = outcome.length() <= 1000 ? outcome : outcome.substring(0, 1000);
        this.at = Instant.now();
    }

    public String action() {
        return action;
    }

    public String operator() {
        return operator;
    }

    public String note() {
        return note;
    }

    public String outcome() {
        return outcome;
    }

    public Instant at() {
        return at;
    }
}
