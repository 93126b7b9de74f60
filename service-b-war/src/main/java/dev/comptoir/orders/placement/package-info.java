/**
 * The order aggregate and its commands: place, add a line, approve, reject, cancel, ship. An order is its
 * event stream in the event store; its state is rebuilt from a snapshot and the events after it. Its events
 * are types ({@code entity.OrderEvent}, one record each; names and schema versions in {@code
 * entity.OrderEventType}): the aggregate, the store's upcasters, the views and the publisher use them. Its entry,
 * {@code boundary.OrdersResource}, hands each POST /orders to the {@code boundary.PlacementWay} that serves it:
 * its own {@code ImmediatePlacement}, {@code commands}' queued one or {@code saga}'s; it imports none of them.
 */
package dev.comptoir.orders.placement;
