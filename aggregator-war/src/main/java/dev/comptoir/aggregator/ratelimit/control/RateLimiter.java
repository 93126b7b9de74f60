package dev.comptoir.aggregator.ratelimit.control;

import dev.comptoir.aggregator.ratelimit.entity.Admission;
import dev.comptoir.aggregator.ratelimit.entity.RateLimit;
import dev.comptoir.aggregator.ratelimit.entity.RateLimitPolicy;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The token buckets, one per client and route (Bucket4j's, refilled greedily: tokens come back a little at a
 * time rather than all at the end of the period, so a client at twice its limit is admitted at its limit,
 * not in bursts). The policy comes from MicroProfile Config ({@code comptoir.gateway.rate-limit.*}) and an operator may
 * replace it at run time; a new policy starts every bucket afresh.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger AUDIT = Logger.getLogger("dev.comptoir.audit.rate-limits");

    /** Beyond this many buckets, the full ones (idle clients) are dropped: one per address must not grow forever. */
    private static final int MOST_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile RateLimitPolicy policy;

    @PostConstruct
    void configure() {
        policy = configured();
    }

    public RateLimitPolicy policy() {
        return policy;
    }

    public void replace(RateLimitPolicy newPolicy, String operator) {
        policy = newPolicy;
        buckets.clear();
        AUDIT.infof("%s: rate limits now %s", operator, newPolicy);
    }

    public void restore(String operator) {
        replace(configured(), operator);
    }

    /** Takes a token of this client's bucket for the route; an empty bucket refuses. */
    public Admission admit(String client, String route) {
        RateLimitPolicy current = policy;
        RateLimit limit = current.of(route);
        if (buckets.size() > MOST_BUCKETS) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.limit());
        }
        Bucket bucket = buckets.computeIfAbsent(route + " " + client, key -> bucket(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Admission(
                probe.isConsumed(),
                limit,
                probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForRefill()),
                seconds(probe.getNanosToWaitForReset()));
    }

    private static Bucket bucket(RateLimit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.limit())
                        .refillGreedy(limit.limit(), Duration.ofSeconds(limit.periodSeconds()))
                        .build())
                .build();
    }

    /** Whole seconds, rounded up: a client that waits that long finds the token there. */
    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    private RateLimitPolicy configured() {
        // Read with this module's class loader, as ServiceClients does (the EAR's would miss the WAR's file).
        Config config = ConfigProvider.getConfig(RateLimiter.class.getClassLoader());
        return new RateLimitPolicy(
                config.getOptionalValue("comptoir.gateway.rate-limit.enabled", Boolean.class)
                        .orElse(false),
                new RateLimit(
                        config.getOptionalValue("comptoir.gateway.rate-limit.limit", Long.class)
                                .orElse(100L),
                        config.getOptionalValue("comptoir.gateway.rate-limit.period-seconds", Long.class)
                                .orElse(1L)),
                Map.of());
    }
}
