package dev.comptoir.inventory.stock.control;

import static dev.comptoir.inventory.events.InventoryEventType.OUT_OF_STOCK;
import static dev.comptoir.inventory.events.InventoryEventType.SAGA_STOCK_RESERVED;
import static dev.comptoir.inventory.messaging.InventoryMessaging.INVENTORY_EVENTS;

import dev.comptoir.inventory.stock.entity.ReserveStock;
import dev.comptoir.kit.saga.ChoreographyStep;
import dev.comptoir.kit.saga.SagaCompensation;
import dev.comptoir.kit.saga.SagaParticipations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Inventory's part in the choreographed create-order saga, in the transaction of the event it reacts to:
 * on SagaCreditReserved it holds the order's stock and says so (SagaStockReserved) or says why not
 * (OutOfStock), both for Orders (and the refusal for Customers, which gives the credit back); on
 * OrderRejected it puts the stock back; on OrderApproved it confirms it. Through the saga's row, as in
 * Customers: repeats change nothing, and a release before the reservation leaves a tombstone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StockChoreography implements SagaCompensation {

    private static final ChoreographyStep.Outcomes OUTCOMES =
            new ChoreographyStep.Outcomes(INVENTORY_EVENTS, SAGA_STOCK_RESERVED.wireName(), OUT_OF_STOCK.wireName());

    @Inject
    StockLedger ledger;

    @Inject
    SagaParticipations participations;

    @Inject
    ChoreographyStep step;

    public void reserve(JsonObject saga) {
        List<ReserveStock.Line> lines = saga.getJsonArray("lines").stream()
                .map(JsonValue::asJsonObject)
                .map(line -> new ReserveStock.Line(line.getString("sku"), line.getInt("quantity")))
                .toList();
        ReserveStock reservation = new ReserveStock(saga.getString("orderId"), lines);
        step.reserve(saga, () -> ledger.reserve(reservation), this, OUTCOMES);
    }

    public void release(String sagaId) {
        participations.compensate(sagaId, this::undo);
    }

    @Override
    public void undo(String orderId) {
        ledger.release(orderId);
    }

    public void confirm(String sagaId) {
        participations.completeIfJoined(sagaId, ledger::confirm);
    }
}
