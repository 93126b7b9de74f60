/**
 * Credit reservations per order: reserve, release (compensation) and confirm, keeping
 * {@code available = limit - reserved - confirmed}. Each change is one local transaction on the
 * customer row, guarded by optimistic locking and retried when it loses a race. The create-order
 * saga uses these steps.
 */
package dev.comptoir.customers.credit;
