/**
 * Protocol conversion: an HTTP command accepted as a JMS message (202 and a status URL), then worked from
 * the order-commands queue.
 */
package dev.comptoir.orders.commands;
