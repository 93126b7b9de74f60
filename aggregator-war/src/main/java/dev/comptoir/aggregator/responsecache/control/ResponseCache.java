package dev.comptoir.aggregator.responsecache.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The gateway's response cache: answers by request URI, each for {@code comptoir.gateway.response-cache.ttl-seconds} at
 * most, dropped when an event names one of their tags. Caffeine bounds both maps and expires their entries.
 *
 * <p>An event records when each id it names changed; an answer made from an id that changed since it was stored is
 * dropped when it is next asked for. Two races would let a stale answer in, and both are closed here. An answer
 * composed while an event for it arrived is not stored (it may have read the old state). And an answer composed within
 * {@code comptoir.gateway.response-cache.settle-ms} after such an event is not stored either: some sources are read
 * models that the same event updates a little later (Orders' list of a customer's orders), so just after the event they
 * may still show the old state; such an answer is sent, as it would be without a cache, but not kept.
 */
@ApplicationScoped
public class ResponseCache {

    /** At most this many answers; beyond it, Caffeine evicts the ones least likely to be asked for again. */
    private static final int MOST_ENTRIES = 10_000;

    private Cache<String, CachedResponse> entries;
    /**
     * When each tag last changed ({@link System#nanoTime}), kept for a TTL and a settle time: by then every
     * answer stored before the change has expired, and no answer composed before it can still be kept.
     */
    private Cache<String, Long> changedAt;

    private boolean enabled;
    private long settleNanos;

    @PostConstruct
    void configure() {
        // Read with this module's class loader, as ServiceClients does (the EAR's would miss the WAR's file).
        Config config = ConfigProvider.getConfig(ResponseCache.class.getClassLoader());
        configure(
                config.getOptionalValue("comptoir.gateway.response-cache.enabled", Boolean.class)
                        .orElse(false),
                Duration.ofSeconds(config.getOptionalValue("comptoir.gateway.response-cache.ttl-seconds", Long.class)
                        .orElse(60L)),
                Duration.ofMillis(config.getOptionalValue("comptoir.gateway.response-cache.settle-ms", Long.class)
                        .orElse(2000L)));
    }

    void configure(boolean enabled, Duration ttl, Duration settle) {
        this.enabled = enabled;
        settleNanos = settle.toNanos();
        entries = Caffeine.newBuilder()
                .maximumSize(MOST_ENTRIES)
                .expireAfterWrite(ttl)
                .build();
        changedAt = Caffeine.newBuilder().expireAfterWrite(ttl.plus(settle)).build();
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<CachedResponse> get(String key) {
        CachedResponse entry = entries.getIfPresent(key);
        if (entry != null && entry.tags().stream().anyMatch(tag -> changedSince(tag, entry.storedAtNanos()))) {
            entries.asMap().remove(key, entry);
            return Optional.empty();
        }
        return Optional.ofNullable(entry);
    }

    /** Keeps an answer whose composition started at {@code startedNanos}, unless one of its tags changed since. */
    public void put(String key, CachedResponse entry, long startedNanos) {
        entries.put(key, entry);
        // Checked after the put, so that an event that lands between check and put still drops it.
        if (entry.tags().stream().anyMatch(tag -> changedSince(tag, startedNanos - settleNanos))) {
            entries.asMap().remove(key, entry);
        }
    }

    /** An event named these ids: every answer made from one of them is stale from now on. */
    public void invalidate(Set<String> tags) {
        long now = System.nanoTime();
        tags.forEach(tag -> changedAt.put(tag, now));
    }

    private boolean changedSince(String tag, long sinceNanos) {
        Long at = changedAt.getIfPresent(tag);
        return at != null && at - sinceNanos >= 0;
    }
}
