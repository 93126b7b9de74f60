/**
 * What every call from the aggregator to a service shares: the REST clients' construction, the
 * fan-out of one request (parallel calls, per-call timeouts, one deadline, required and optional
 * parts, stale-if-error, a report per source), and reading a service's refusal (its problem document)
 * apart from a service that is down or absent.
 */
package dev.comptoir.aggregator.downstream;
