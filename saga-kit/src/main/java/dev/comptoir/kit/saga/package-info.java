/**
 * What a saga participant keeps so that its steps are idempotent and safe against reordering: one row
 * per saga (the LRA id, or {@code create-order:<order id>} for a choreographed saga) in the participant's
 * own database, written in the transaction of the step. A compensation that arrives before its
 * reservation leaves a tombstone, and the reservation that comes after it is refused, so nothing stays
 * reserved for a saga that has ended. And what an operator does about a compensation that was parked
 * after its retries: retry it or mark it resolved, each action audited. The LRA callbacks take no token
 * (the coordinator sends none), so they take only an LRA of the coordinator ({@code CoordinatorCallbacks}).
 */
package dev.comptoir.kit.saga;
