/** A second subscriber group on order-events: demand per SKU, counted once per event. */
package dev.comptoir.inventory.demand;
