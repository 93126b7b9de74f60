/**
 * Credit reservations per order: reserve, release (compensation) and confirm, keeping
 * {@code available = limit - reserved - confirmed}. Each change is one local transaction on the
 * customer row, guarded by optimistic locking and retried when it loses a race. The create-order
 * saga uses these steps: as an LRA participant (orchestrated) and by reacting to the saga's events
 * (choreographed).
 */
package dev.comptoir.customers.credit;
