/**
 * What a saga participant keeps so that its steps are idempotent and safe against reordering: one row
 * per saga (the LRA id) in the participant's own database, written in the transaction of the step. A
 * compensation that arrives before its reservation leaves a tombstone, and the reservation that comes
 * after it is refused, so nothing stays reserved for a saga that has ended.
 */
package dev.comptoir.kit.saga;
