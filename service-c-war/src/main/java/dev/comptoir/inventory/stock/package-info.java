/**
 * Stock reservations per order: reserve (all lines or none), release (compensation) and confirm.
 * Products are locked in SKU order for the reservation's transaction, so concurrent reservations
 * queue up instead of overselling, and stock never goes below zero.
 */
package dev.comptoir.inventory.stock;
