/**
 * Response caching at the gateway: complete composite answers (a customer's overview, an order's details)
 * kept in memory for a TTL under the ids they were made from, served with a strong {@code ETag} (and 304 to
 * an {@code If-None-Match} that matches), and dropped as soon as one of the services' events names one of
 * those ids. Off unless {@code comptoir.gateway.response-cache.enabled}.
 */
package dev.comptoir.aggregator.responsecache;
