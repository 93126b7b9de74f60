/**
 * Service discovery and client-side load balancing: a registry of each service's instances (URLs from
 * MicroProfile Config), their readiness polled on an interval, and the choice of an instance per call
 * (round-robin or least-outstanding) that skips instances found not ready. {@code GET /api/admin/services}
 * shows it.
 */
package dev.comptoir.aggregator.discovery;
