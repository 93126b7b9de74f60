/** The aggregator's view of the Customers service: its REST client and the few fields the aggregator reads. */
package dev.comptoir.aggregator.customers;
