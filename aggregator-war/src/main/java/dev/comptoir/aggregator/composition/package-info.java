/**
 * API composition (course pattern): a composer that queries several providers (Orders, Customers,
 * Inventory) and joins their answers with business logic (prices per line, totals). The order is
 * read first because it decides what to ask the others; those calls then run in parallel.
 */
package dev.comptoir.aggregator.composition;
