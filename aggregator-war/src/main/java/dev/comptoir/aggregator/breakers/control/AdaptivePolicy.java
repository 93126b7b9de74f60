package dev.comptoir.aggregator.breakers.control;

import dev.comptoir.aggregator.breakers.entity.BreakerSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The adaptive breaker's policy: it learns what is normal for a service and trips on a departure from it,
 * where a fixed threshold would have to be set by hand (and is either too loose for a fast service or too
 * tight for a slow one).
 *
 * <ul>
 *   <li>Baseline: while the breaker is closed, each call updates a moving average of latency and of its mean
 *       deviation (Jacobson's estimator, as TCP does for round-trip times: weight 1/n for the first
 *       {@code warmupCalls} calls, then 1/16 and 1/8), and a moving average of the failure share (1/32). A call
 *       above the latency threshold is not learned, so a regression is not absorbed before it trips.
 *   <li>Now: the last {@code recentCalls} calls. Their median latency (one outlier does not count) and
 *       their failure share.
 *   <li>Trip, once warmed up: median latency above {@code max(mean + deviations x deviation, latencyRatio x
 *       mean, mean + latencyMarginMs)} (the margin keeps a fast service's jitter from tripping it), or failure share above the baseline's plus {@code errorMargin}. Half-open, a trial call
 *       that fails or is above the latency threshold trips again at once.
 *   <li>Open time: {@code openMs x 2^level}, at most {@code maxOpenMs}; each trip raises the level by one,
 *       each {@code stableMs} spent closed without a trip lowers it by one.
 * </ul>
 *
 * Not thread-safe on its own: the breaker calls it under its lock.
 */
final class AdaptivePolicy {

    private static final double MEAN_WEIGHT = 1.0 / 16;
    private static final double DEVIATION_WEIGHT = 1.0 / 8;
    private static final double ERROR_WEIGHT = 1.0 / 32;
    private static final int MAX_LEVEL = 20;

    private final BreakerSettings settings;
    private final long[] recentLatency;
    private final boolean[] recentFailed;
    private int recentCount;
    private int next;
    private long learned;
    private double meanMs;
    private double deviationMs;
    private double errorRate;
    private int level;
    private Instant stableSince;

    AdaptivePolicy(BreakerSettings settings, Instant now) {
        this.settings = settings;
        this.recentLatency = new long[settings.recentCalls()];
        this.recentFailed = new boolean[settings.recentCalls()];
        this.stableSince = now;
    }

    /** A call made while closed. @return why to trip, or null */
    String closedCall(long latencyMs, boolean failed, Instant now) {
        decay(now);
        boolean regression = learned >= settings.warmupCalls() && latencyMs > latencyThresholdMs();
        remember(latencyMs, failed);
        if (!regression && !failed) {
            learnLatency(latencyMs);
        }
        errorRate += ((failed ? 1 : 0) - errorRate) * ERROR_WEIGHT;
        if (learned < settings.warmupCalls() || recentCount < recentLatency.length) {
            return null;
        }
        long median = recentMedianMs();
        if (median > latencyThresholdMs()) {
            return "median latency of the last " + recentCount + " calls " + median + " ms > " + latencyThresholdMs()
                    + " ms (baseline " + Math.round(meanMs) + " ms)";
        }
        double share = recentFailureShare();
        if (share > errorThreshold()) {
            return "failure share of the last " + recentCount + " calls " + share + " > " + errorThreshold();
        }
        return null;
    }

    /** A trial call made while half-open. @return why to trip again, or null */
    String trialCall(long latencyMs, boolean failed) {
        if (failed) {
            return "a trial call failed";
        }
        if (learned >= settings.warmupCalls() && latencyMs > latencyThresholdMs()) {
            return "a trial call took " + latencyMs + " ms > " + latencyThresholdMs() + " ms";
        }
        return null;
    }

    /** The breaker opens now: for how long. */
    Duration trip() {
        Duration open = nextOpen();
        level = Math.min(level + 1, MAX_LEVEL);
        stableSince = null;
        recentCount = 0;
        next = 0;
        return open;
    }

    /** The breaker closed again (trial calls went well, or an operator reset it). */
    void closed(Instant now) {
        stableSince = now;
    }

    void resetBackoff(Instant now) {
        level = 0;
        stableSince = now;
    }

    Map<String, Object> thresholds(Instant now) {
        decay(now);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("learnedCalls", learned);
        shown.put("warmedUp", learned >= settings.warmupCalls());
        shown.put("baselineLatencyMs", round(meanMs));
        shown.put("baselineDeviationMs", round(deviationMs));
        shown.put("latencyThresholdMs", latencyThresholdMs());
        shown.put("recentMedianMs", recentCount == 0 ? 0 : recentMedianMs());
        shown.put("baselineFailureRate", round(errorRate));
        shown.put("failureRateThreshold", round(errorThreshold()));
        shown.put("recentFailureRate", round(recentFailureShare()));
        shown.put("backoffLevel", level);
        shown.put("nextOpenMs", nextOpen().toMillis());
        return shown;
    }

    private void decay(Instant now) {
        while (stableSince != null && level > 0 && !now.isBefore(stableSince.plusMillis(settings.stableMs()))) {
            level--;
            stableSince = stableSince.plusMillis(settings.stableMs());
        }
    }

    private Duration nextOpen() {
        long open = settings.openMs() << Math.min(level, 30);
        return Duration.ofMillis(open <= 0 ? settings.maxOpenMs() : Math.min(open, settings.maxOpenMs()));
    }

    private void learnLatency(long latencyMs) {
        learned++;
        if (learned <= settings.warmupCalls()) {
            double weight = 1.0 / learned;
            meanMs += (latencyMs - meanMs) * weight;
            deviationMs += (Math.abs(latencyMs - meanMs) - deviationMs) * weight;
        } else {
            deviationMs += (Math.abs(latencyMs - meanMs) - deviationMs) * DEVIATION_WEIGHT;
            meanMs += (latencyMs - meanMs) * MEAN_WEIGHT;
        }
    }

    private void remember(long latencyMs, boolean failed) {
        recentLatency[next] = latencyMs;
        recentFailed[next] = failed;
        next = (next + 1) % recentLatency.length;
        recentCount = Math.min(recentCount + 1, recentLatency.length);
    }

    private long latencyThresholdMs() {
        double byDeviation = meanMs + settings.deviations() * deviationMs;
        double byRatio = meanMs * settings.latencyRatio();
        double byMargin = meanMs + settings.latencyMarginMs();
        return (long) Math.ceil(Math.max(byDeviation, Math.max(byRatio, byMargin)));
    }

    private double errorThreshold() {
        return Math.min(errorRate + settings.errorMargin(), 1.0);
    }

    private long recentMedianMs() {
        long[] sorted = Arrays.copyOf(recentLatency, recentCount);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private double recentFailureShare() {
        int failures = 0;
        for (int i = 0; i < recentCount; i++) {
            failures += recentFailed[i] ? 1 : 0;
        }
        return recentCount == 0 ? 0 : (double) failures / recentCount;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
