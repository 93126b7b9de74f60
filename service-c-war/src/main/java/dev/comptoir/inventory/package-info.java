/** Inventory (service C of the course's aggregator diagram): product catalogue and stock, on InventoryDS. */
package dev.comptoir.inventory;
