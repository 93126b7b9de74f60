/**
 * What a service's refusal is to the aggregator: a 4xx or 5xx with the service's problem document, and among those
 * a refused request (a 4xx), which the breakers never count as a failure of the service. Apart from
 * {@code downstream}, which raises them, and {@code breakers}, which reads them, so that neither imports the other
 * back.
 */
package dev.comptoir.aggregator.refusal;
