/**
 * Rate limiting at the gateway: a token bucket per client (its {@code X-Api-Key}, else its address) and
 * route, so that a noisy client runs out of its own tokens only. Refusals are 429 problem documents with
 * {@code Retry-After}; every limited answer carries the {@code RateLimit-Policy} and {@code RateLimit}
 * fields. Off unless configured or switched on by an operator ({@code PUT /api/admin/rate-limits}).
 */
package dev.comptoir.aggregator.ratelimit;
