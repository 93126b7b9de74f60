/** The aggregator's view of the Orders service: its REST client and the few fields the aggregator reads. */
package dev.comptoir.aggregator.orders;
