/**
 * What Customers says on customer-events, as types: one record per event, each named with its schema
 * version in {@link dev.comptoir.customers.events.CustomerEventType}, its JSON written in one place.
 * Consumers in the other services keep their own reading of what they take from here.
 */
package dev.comptoir.customers.events;
