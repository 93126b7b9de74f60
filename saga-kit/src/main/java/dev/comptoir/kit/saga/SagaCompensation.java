package dev.comptoir.kit.saga;

/**
 * What a participant gives back for an order when its saga is compensated (credit released, stock put
 * back): the one step an operator retries on a parked compensation. A WAR without one is no participant.
 */
public interface SagaCompensation {

    void undo(String orderId);
}
