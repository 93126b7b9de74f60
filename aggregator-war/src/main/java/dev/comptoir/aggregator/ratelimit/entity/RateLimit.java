package dev.comptoir.aggregator.ratelimit.entity;

/** At most {@code limit} requests per {@code periodSeconds}, refilled smoothly (a token bucket of that size). */
public record RateLimit(long limit, long periodSeconds) {

    public RateLimit {
        if (limit < 1 || periodSeconds < 1) {
            throw new IllegalArgumentException("limit and periodSeconds must be 1 or more");
        }
    }
}
