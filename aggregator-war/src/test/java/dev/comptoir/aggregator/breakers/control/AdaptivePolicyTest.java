package dev.comptoir.aggregator.breakers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.aggregator.breakers.entity.BreakerSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdaptivePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final BreakerSettings settings = BreakerSettings.parse(name -> Optional.ofNullable(Map.of(
                            "variant", "adaptive",
                            "warmupCalls", "20",
                            "recentCalls", "5",
                            "openMs", "1000",
                            "maxOpenMs", "5000",
                            "stableMs", "30000")
                    .get(name)))
            .settings();

    @Test
    void neverTripsWhileWarmingUpThenTripsWhenTheMedianLeavesTheLearnedBaseline() {
        AdaptivePolicy policy = new AdaptivePolicy(settings, NOW);
        for (int i = 0; i < 19; i++) {
            assertNull(policy.closedCall(i % 2 == 0 ? 400 : 10, false, NOW), "warming up: call " + i);
        }
        policy = warmedUp(20);
        assertNull(policy.closedCall(200, false, NOW), "one slow call is an outlier, not a regression");
        assertNull(policy.closedCall(200, false, NOW));
        String trip = policy.closedCall(200, false, NOW);
        assertNotNull(trip, "3 of the last 5 above the threshold: the median is");
        assertTrue(trip.startsWith("median latency"), trip);
    }

    @Test
    void aSlowerButSteadyServiceLearnsAHigherThreshold() {
        AdaptivePolicy fast = warmedUp(10);
        AdaptivePolicy slow = warmedUp(300);
        long fastThreshold = (long) fast.thresholds(NOW).get("latencyThresholdMs");
        long slowThreshold = (long) slow.thresholds(NOW).get("latencyThresholdMs");
        assertEquals(35, fastThreshold, "10 ms plus the 25 ms margin");
        assertEquals(600, slowThreshold, "twice 300 ms");
        for (int i = 0; i < 5; i++) {
            assertNull(slow.closedCall(400, false, NOW), "400 ms is normal enough for a 300 ms service");
        }
    }

    @Test
    void tripsOnAFailureShareAboveTheBaselineAndOnABadTrialCall() {
        AdaptivePolicy policy = warmedUp(10);
        assertNull(policy.closedCall(10, true, NOW), "1 of 5 failed");
        String trip = policy.closedCall(10, true, NOW);
        assertNotNull(trip, "2 of 5 failed: 0.4 > 0 + 0.3");
        assertTrue(trip.startsWith("failure share"), trip);
        assertNull(policy.trialCall(12, false));
        assertNotNull(policy.trialCall(12, true));
        assertNotNull(policy.trialCall(500, false));
    }

    @Test
    void theOpenTimeDoublesOnEachTripUpToItsMaximumAndHalvesForEachStablePeriod() {
        AdaptivePolicy policy = warmedUp(10);
        assertEquals(Duration.ofMillis(1000), policy.trip());
        assertEquals(Duration.ofMillis(2000), policy.trip());
        assertEquals(Duration.ofMillis(4000), policy.trip());
        assertEquals(Duration.ofMillis(5000), policy.trip(), "capped at maxOpenMs");
        policy.closed(NOW);
        assertEquals(4, policy.thresholds(NOW.plusSeconds(29)).get("backoffLevel"));
        assertEquals(3, policy.thresholds(NOW.plusSeconds(30)).get("backoffLevel"));
        assertEquals(1, policy.thresholds(NOW.plusSeconds(90)).get("backoffLevel"));
        assertEquals(2000L, policy.thresholds(NOW.plusSeconds(90)).get("nextOpenMs"));
    }

    private AdaptivePolicy warmedUp(long latencyMs) {
        AdaptivePolicy policy = new AdaptivePolicy(settings, NOW);
        for (int i = 0; i < 20; i++) {
            assertNull(policy.closedCall(latencyMs, false, NOW));
        }
        return policy;
    }
}
