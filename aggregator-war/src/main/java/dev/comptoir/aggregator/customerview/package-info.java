/**
 * CQRS read model across services: a customer with their orders, kept in the aggregator's own database
 * (AggregatorViewDS) from the events of Customers, Orders and Inventory, and read with one query. It answers
 * what the API composition {@code GET /api/customers/{id}/overview} answers, without calling any service:
 * the price is staleness (the view lags the events) and a copy of the data to keep.
 */
package dev.comptoir.aggregator.customerview;
