/**
 * API gateway, plain routing: a route that maps onto exactly one call of one service and passes its answer on,
 * with everything the gateway adds (authentication, object-level authorization, rate limits, the service's
 * breaker and load balancing, the access log, metrics and traces) but no composition.
 */
package dev.comptoir.aggregator.profile;
