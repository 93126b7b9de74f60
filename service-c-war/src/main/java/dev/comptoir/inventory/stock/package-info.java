/**
 * Stock reservations per order: reserve (all lines or none), release (compensation) and confirm.
 * Products are locked in SKU order for the reservation's transaction, so concurrent reservations
 * queue up instead of overselling, and stock never goes below zero. The create-order saga uses these
 * steps: as an LRA participant (orchestrated) and by reacting to the saga's events (choreographed).
 */
package dev.comptoir.inventory.stock;
