/**
 * Placing and reading orders. The order is stored as one row with its lines for now; its id is the
 * stream id that event sourcing will key events by, and its status only moves forward, so the table
 * can later be replaced by an event store and a projection without changing the API.
 */
package dev.comptoir.orders.placement;
