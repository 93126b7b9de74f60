/**
 * API gateway, logging and monitoring: what the access log says about each gateway request (its route as a
 * template and its client, beside what Undertow writes: status, latency, correlation id), and the gateway's
 * metrics in WildFly's Micrometer registry, per route and per downstream service. Traces are WildFly's
 * (MicroProfile Telemetry); this package only carries their context onto the threads that call the services.
 */
package dev.comptoir.aggregator.monitoring;
