package dev.comptoir.aggregator.ratelimit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.aggregator.ratelimit.entity.Admission;
import dev.comptoir.aggregator.ratelimit.entity.RateLimit;
import dev.comptoir.aggregator.ratelimit.entity.RateLimitPolicy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final String OVERVIEW = "GET api/customers/{id}/overview";

    private final RateLimiter limiter = new RateLimiter();

    {
        // 7 in 1000 s by default, 1 an hour on the overview: no token comes back while the test runs.
        limiter.replace(
                new RateLimitPolicy(true, new RateLimit(7, 1000), Map.of(OVERVIEW, new RateLimit(1, 3600))), "test");
    }

    @Test
    void admitsAClientUpToItsLimitThenRefusesWithTheSecondsUntilATokenComesBack() {
        for (int left = 6; left >= 0; left--) {
            Admission admitted = limiter.admit("10.0.0.1", "GET api/orders");
            assertTrue(admitted.admitted());
            assertEquals(left, admitted.remaining());
        }

        Admission refused = limiter.admit("10.0.0.1", "GET api/orders");

        assertFalse(refused.admitted());
        assertEquals(0, refused.remaining());
        assertEquals(143, refused.retryAfterSeconds(), "refilled smoothly, a token each 142.9 s, rounded up");
        assertEquals(1000, refused.resetSeconds());
    }

    @Test
    void keepsABucketPerClientAndRouteAndARoutesOwnLimit() {
        assertTrue(limiter.admit("10.0.0.1", OVERVIEW).admitted());
        assertFalse(limiter.admit("10.0.0.1", OVERVIEW).admitted(), "the overview's own limit is 1");
        assertEquals(new RateLimit(1, 3600), limiter.admit("10.0.0.1", OVERVIEW).limit());

        assertTrue(limiter.admit("10.0.0.2", OVERVIEW).admitted(), "another client has its own bucket");
        assertTrue(limiter.admit("10.0.0.1", "GET api/orders").admitted(), "another route has its own bucket");
    }

    @Test
    void aNewPolicyStartsEveryBucketAfresh() {
        limiter.admit("10.0.0.1", OVERVIEW);
        assertFalse(limiter.admit("10.0.0.1", OVERVIEW).admitted());

        limiter.replace(new RateLimitPolicy(true, new RateLimit(5, 3600), Map.of()), "test");

        Admission afresh = limiter.admit("10.0.0.1", OVERVIEW);
        assertTrue(afresh.admitted());
        assertEquals(4, afresh.remaining());
    }
}
