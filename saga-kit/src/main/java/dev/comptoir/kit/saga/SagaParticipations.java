package dev.comptoir.kit.saga;

import dev.comptoir.kit.messaging.ServiceDatabase;
import dev.comptoir.kit.messaging.inbox.DeliveryFailures;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.kit.saga.SagaParticipation.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a participant's saga steps in one local transaction each, with the saga's row. The row's primary
 * key orders a reservation and a compensation that race: each claims the row first (insert and flush), so
 * the second one fails on the key, and its caller retries it whole, and it then sees the first one's row.
 * A {@code PersistenceException} out of these methods means exactly that: retry. An existing row is read
 * locked ({@code SELECT ... FOR UPDATE}), so steps of one saga that run at once (two parked messages
 * replayed together, a coordinator retry beside an operator's) queue on it instead of overwriting each
 * other's counts and outcome.
 */
@ApplicationScoped
@Transactional
public class SagaParticipations {

    private static final String ORCHESTRATED = "lra-of-order:";

    /**
     * The id of an order's choreographed saga, the same in every participant: the events that end it
     * (OrderApproved, OrderRejected) name the order only.
     */
    public static String choreographed(String orderId) {
        return "create-order:" + orderId;
    }

    /**
     * How an orchestrated saga's participation is named in a URL ({@code saga/participations/{name}}): by
     * its order, as its LRA id is a URL itself, slashes and all.
     */
    public static String orchestrated(String orderId) {
        return ORCHESTRATED + orderId;
    }

    @Inject
    @ServiceDatabase
    EntityManager em;

    @Inject
    DeliveryFailures failures;

    /** The saga id a participation is named by in a URL: itself, or the LRA of an orchestrated saga's order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String sagaIdOf(String name) {
        if (!name.startsWith(ORCHESTRATED)) {
            return name;
        }
        return em.createQuery(
                        "SELECT p.sagaId FROM SagaParticipation p WHERE p.orderId = :order"
                                + " AND p.sagaId NOT LIKE 'create-order:%' ORDER BY p.createdAt DESC",
                        String.class)
                .setParameter("order", name.substring(ORCHESTRATED.length()))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(name);
    }

    /**
     * An orchestrated saga's participation found by its LRA's id, which its caller knows: a participant that joined
     * and was compensated before it reserved anything keeps its tombstone under that id only, with no order. Any
     * other name, or an LRA whose participation here is another order's, is looked up as {@link #sagaIdOf(String)}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String sagaIdOf(String name, String lraId) {
        if (lraId == null || !name.startsWith(ORCHESTRATED)) {
            return sagaIdOf(name);
        }
        return find(lraId)
                .filter(participation ->
                        participation.orderId() == null || name.equals(orchestrated(participation.orderId())))
                .map(SagaParticipation::sagaId)
                .orElseGet(() -> sagaIdOf(name));
    }

    /**
     * Makes the reservation for the saga, once: called again for the same saga, it runs the (idempotent)
     * reservation again to answer with it. Refused with 409 if the saga was already compensated or completed.
     */
    public <T> T reserve(String sagaId, String orderId, Supplier<T> reservation) {
        SagaParticipation participation = claim(sagaId);
        if (participation == null) {
            em.persist(new SagaParticipation(sagaId, orderId, Status.RESERVED));
            em.flush();
        } else if (participation.status() != Status.RESERVED) {
            throw ProblemException.conflict(
                    "saga-ended",
                    "Saga already ended",
                    "Saga " + sagaId + " was " + participation.status().name().toLowerCase()
                            + " before this reservation for order " + orderId + " arrived: nothing reserved");
        } else if (!participation.orderId().equals(orderId)) {
            throw ProblemException.conflict(
                    "saga-other-order",
                    "Saga reserved for another order",
                    "Saga " + sagaId + " holds a reservation for order " + participation.orderId());
        }
        return reservation.get();
    }

    /** Releases what the saga reserved, if anything; a compensation before any reservation leaves a tombstone. */
    public SagaParticipation compensate(String sagaId, Consumer<String> releaseOrder) {
        SagaParticipation participation = end(sagaId, Status.COMPENSATED, releaseOrder);
        participation.countCompensation();
        return participation;
    }

    /**
     * Records a failed compensation of an orchestrated saga in a transaction of its own, so that it
     * outlives the compensation's rollback: counted on the saga's row (parked at the {@code bound}th) and
     * kept as a failed attempt about the order, for the saga's timeline. Empty if the saga has no row here.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SagaParticipation> failedCompensation(
            String sagaId, String step, RuntimeException failure, int bound) {
        SagaParticipation participation = claim(sagaId);
        if (participation != null) {
            participation.countFailedCompensation(bound);
            failures.recordStep(
                    step, "Compensate", participation.orderId(), participation.failedCompensations(), failure);
        }
        return Optional.ofNullable(participation);
    }

    /**
     * An operator's word that the saga's compensation was settled by hand: the participation ends
     * compensated without undoing anything here.
     */
    public SagaParticipation resolve(String sagaId) {
        return end(sagaId, Status.COMPENSATED, orderId -> {});
    }

    /** Confirms what the saga reserved, if anything. */
    public SagaParticipation complete(String sagaId, Consumer<String> confirmOrder) {
        return end(sagaId, Status.COMPLETED, confirmOrder);
    }

    /**
     * Confirms what the saga reserved, if this participant took part in it; otherwise writes nothing. For a
     * choreographed saga, whose end (OrderApproved) is an event every order publishes, saga or not.
     */
    public void completeIfJoined(String sagaId, Consumer<String> confirmOrder) {
        SagaParticipation participation = claim(sagaId);
        if (participation != null && participation.status() == Status.RESERVED) {
            confirmOrder.accept(participation.orderId());
            participation.moveTo(Status.COMPLETED);
        }
    }

    public Optional<SagaParticipation> find(String sagaId) {
        return Optional.ofNullable(em.find(SagaParticipation.class, sagaId));
    }

    /** A participant's answer to the coordinator's status request: 410 for a saga it never heard of. */
    public Response status(String sagaId) {
        return Optional.ofNullable(em.find(SagaParticipation.class, sagaId))
                .map(participation ->
                        Response.ok(participation.participantStatus().name()))
                .orElse(Response.status(Response.Status.GONE))
                .build();
    }

    /** Repeated or late calls change nothing: a saga's outcome, once reached, stays. */
    private SagaParticipation end(String sagaId, Status outcome, Consumer<String> onOrder) {
        SagaParticipation participation = claim(sagaId);
        if (participation == null) {
            participation = new SagaParticipation(sagaId, null, outcome);
            em.persist(participation);
            em.flush();
        } else if (participation.status() == Status.RESERVED) {
            onOrder.accept(participation.orderId());
            participation.moveTo(outcome);
        }
        return participation;
    }

    /** The saga's row, locked until the transaction ends; null if there is none yet. */
    private SagaParticipation claim(String sagaId) {
        return em.find(SagaParticipation.class, sagaId, LockModeType.PESSIMISTIC_WRITE);
    }
}
