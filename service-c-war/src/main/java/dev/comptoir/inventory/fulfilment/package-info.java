/** The fulfilment queue's consumers: order lines picked by competing workers, each order's lines in order. */
package dev.comptoir.inventory.fulfilment;
