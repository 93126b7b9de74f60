/** The aggregator's view of the Inventory service: its REST client and the few fields the aggregator reads. */
package dev.comptoir.aggregator.inventory;
