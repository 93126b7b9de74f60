package dev.comptoir.kit.saga;

import dev.comptoir.kit.messaging.ServiceDatabase;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * An operator's actions on a participation this participant has (404 otherwise) whose compensation was
 * parked (its message dead-lettered after the broker's redeliveries): retry the compensation now, or mark it resolved (settled by hand, nothing
 * given back here). Each action is recorded with the operator's name in the transaction of its effect; a
 * retry that fails again is recorded in a transaction of its own, and changes nothing else.
 */
@ApplicationScoped
public class SagaOperations {

    @Inject
    @ServiceDatabase
    EntityManager em;

    @Inject
    SagaParticipations participations;

    @Inject
    Instance<SagaCompensation> compensation;

    @Transactional
    public SagaParticipation retry(String sagaId, String operator, String note) {
        SagaCompensation undo = compensation();
        requireKnown(sagaId);
        SagaParticipation participation = participations.compensate(sagaId, undo::undo);
        em.persist(new SagaOperatorAction(
                sagaId,
                "retry",
                operator,
                note,
                participation.participantStatus().name()));
        return participation;
    }

    @Transactional
    public SagaParticipation resolve(String sagaId, String operator, String note) {
        compensation();
        requireKnown(sagaId);
        SagaParticipation participation = participations.resolve(sagaId);
        em.persist(new SagaOperatorAction(
                sagaId, "resolve", operator, note, "Marked resolved: " + participation.participantStatus()));
        return participation;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String sagaId, String action, String operator, String note, RuntimeException failure) {
        em.persist(new SagaOperatorAction(sagaId, action, operator, note, "Failed: " + failure.getMessage()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SagaOperatorAction> audit(String sagaId) {
        return em.createQuery(
                        "SELECT a FROM SagaOperatorAction a WHERE a.sagaId = :saga ORDER BY a.id",
                        SagaOperatorAction.class)
                .setParameter("saga", sagaId)
                .getResultList();
    }

    /**
     * An operator acts on a participation this participant has: one it never heard of is a 404, not a
     * tombstone (a tombstone is the coordinator's or the choreography's word that a saga ended early).
     */
    private void requireKnown(String sagaId) {
        if (participations.find(sagaId).isEmpty()) {
            throw ProblemException.notFound("saga-participation", sagaId);
        }
    }

    /** This WAR's compensation: none (404) where the WAR is no saga participant. */
    SagaCompensation compensation() {
        if (compensation.isUnsatisfied()) {
            throw ProblemException.notFound("saga-participant", "here");
        }
        return compensation.get();
    }
}
