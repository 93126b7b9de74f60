/**
 * What every call from the aggregator to a service shares: waiting within the request's deadline, and
 * reading a service's refusal (its problem document) apart from a service that is down or absent.
 */
package dev.comptoir.aggregator.downstream;
