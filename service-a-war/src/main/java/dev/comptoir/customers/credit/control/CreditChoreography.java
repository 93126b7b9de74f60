package dev.comptoir.customers.credit.control;

import static dev.comptoir.customers.events.CustomerEventType.CREDIT_LIMIT_EXCEEDED;
import static dev.comptoir.customers.events.CustomerEventType.SAGA_CREDIT_RESERVED;
import static dev.comptoir.customers.messaging.CustomersMessaging.CUSTOMER_EVENTS;

import dev.comptoir.customers.credit.entity.ReserveCredit;
import dev.comptoir.kit.saga.ChoreographyStep;
import dev.comptoir.kit.saga.SagaCompensation;
import dev.comptoir.kit.saga.SagaParticipations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

/**
 * Customers' part in the choreographed create-order saga, in the transaction of the event it reacts to:
 * on OrderSagaStarted it holds the order's credit and says so (SagaCreditReserved, which Inventory reacts
 * to) or says why not (CreditLimitExceeded, which Orders reacts to); on OutOfStock or OrderRejected it gives
 * the credit back; on OrderApproved it confirms it. Each step goes through the saga's row (the kit's
 * {@link SagaParticipations}), so repeats change nothing and a release that comes before its reservation
 * leaves a tombstone that refuses the reservation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CreditChoreography implements SagaCompensation {

    private static final ChoreographyStep.Outcomes OUTCOMES = new ChoreographyStep.Outcomes(
            CUSTOMER_EVENTS, SAGA_CREDIT_RESERVED.wireName(), CREDIT_LIMIT_EXCEEDED.wireName());

    @Inject
    CreditLedger ledger;

    @Inject
    SagaParticipations participations;

    @Inject
    ChoreographyStep step;

    public void reserve(JsonObject saga) {
        ReserveCredit reservation = new ReserveCredit(
                saga.getString("orderId"), saga.getJsonNumber("amount").bigDecimalValue());
        step.reserve(saga, () -> ledger.reserve(saga.getString("customerId"), reservation), this, OUTCOMES);
    }

    public void release(String sagaId) {
        participations.compensate(sagaId, this::undo);
    }

    public void confirm(String sagaId) {
        participations.completeIfJoined(
                sagaId, orderId -> ledger.confirm(ledger.ofOrder(orderId).customerId(), orderId));
    }

    @Override
    public void undo(String orderId) {
        ledger.release(ledger.ofOrder(orderId).customerId(), orderId);
    }
}
