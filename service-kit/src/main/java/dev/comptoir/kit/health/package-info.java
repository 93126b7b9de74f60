/**
 * Health of each service: building blocks for its MicroProfile Health checks, and the per-instance
 * readiness endpoint that the aggregator's service registry polls.
 */
package dev.comptoir.kit.health;
