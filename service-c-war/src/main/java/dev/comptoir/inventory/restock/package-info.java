/**
 * Restocks: stock received for a product, one row per restock id the client chose, so a restock sent again
 * (a retry after a lost answer) adds nothing twice. Each restock locks the product's row like a reservation,
 * and publishes StockRestocked on inventory-events through Inventory's outbox or XA path. With them the
 * saga's invariant reads: per product, stock + stock held by approved orders = initial stock + restocks.
 */
package dev.comptoir.inventory.restock;
