/**
 * Protocol conversion: an HTTP command accepted as a JMS message (POST /orders with {@code Prefer:
 * respond-async}: {@code boundary.QueuedPlacement}, 202 and a status URL), then worked from
 * the order-commands queue; and the order-intake queue, where outside producers send PlaceOrder commands that
 * Orders validates before it places them (they may not send to any service's own destinations).
 */
package dev.comptoir.orders.commands;
