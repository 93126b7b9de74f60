/**
 * The order aggregate and its commands: place, add a line, approve, reject, cancel, ship. An order is its
 * event stream in the event store; its state is rebuilt from a snapshot and the events after it.
 */
package dev.comptoir.orders.placement;
