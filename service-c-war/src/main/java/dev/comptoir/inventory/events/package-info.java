/**
 * What Inventory says on inventory-events, as types: one record per event, each named with its schema
 * version in {@link dev.comptoir.inventory.events.InventoryEventType}, its JSON written in one place.
 * Consumers in the other services keep their own reading of what they take from here.
 */
package dev.comptoir.inventory.events;
