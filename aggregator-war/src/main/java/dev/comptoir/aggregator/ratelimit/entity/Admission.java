package dev.comptoir.aggregator.ratelimit.entity;

/**
 * One request's turn at its bucket: admitted or not, the limit that applied, the tokens left, the seconds
 * until a refused request may be retried, and until the bucket is full again.
 */
public record Admission(boolean admitted, RateLimit limit, long remaining, long retryAfterSeconds, long resetSeconds) {}
