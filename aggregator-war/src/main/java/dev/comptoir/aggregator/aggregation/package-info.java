/**
 * Aggregator (course pattern): plain fan-out to the providers and a merge of their answers as they
 * come, with no business logic: nothing is priced, computed or decided here (that is API composition,
 * in {@code composition}).
 */
package dev.comptoir.aggregator.aggregation;
