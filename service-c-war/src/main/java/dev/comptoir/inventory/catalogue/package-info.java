/** The product catalogue: SKUs with their names, prices and stock on hand. */
package dev.comptoir.inventory.catalogue;
