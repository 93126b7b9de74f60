/**
 * CQRS across services (chapter 06, docs/patterns/06-cqrs.md): the aggregator's customer view fed by the services' events.
 */
package dev.comptoir.ear.cqrs;
