package dev.comptoir.aggregator.responsecache.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The gateway's response cache: answers by request URI, each for {@code response-cache.ttl-seconds} at most,
 * dropped when an event names one of their tags.
 *
 * <p>Two races would let a stale answer in, and both are closed here. An answer composed while an event for
 * it arrived is not stored (it may have read the old state). And an answer composed within
 * {@code response-cache.settle-ms} after such an event is not stored either: some sources are read models
 * that the same event updates a little later (Orders' list of a customer's orders), so just after the event
 * they may still show the old state; such an answer is sent, as it would be without a cache, but not kept.
 */
@ApplicationScoped
public class ResponseCache {

    /** Beyond this many answers, expired ones are swept out, and a new one is not kept if none expired. */
    private static final int MOST_ENTRIES = 10_000;

    /** Read with this module's class loader, as ServiceClients does (the EAR's would miss the WAR's file). */
    private final Config config = ConfigProvider.getConfig(ResponseCache.class.getClassLoader());

    private final Map<String, CachedResponse> entries = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keysByTag = new ConcurrentHashMap<>();
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private boolean enabled;
    private long ttlNanos;
    private long settleNanos;

    @PostConstruct
    void configure() {
        enabled =
                config.getOptionalValue("response-cache.enabled", Boolean.class).orElse(false);
        ttlNanos = TimeUnit.SECONDS.toNanos(config.getOptionalValue("response-cache.ttl-seconds", Long.class)
                .orElse(60L));
        settleNanos = TimeUnit.MILLISECONDS.toNanos(
                config.getOptionalValue("response-cache.settle-ms", Long.class).orElse(2000L));
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<CachedResponse> get(String key) {
        CachedResponse entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        // The tag index drops entries eagerly; this check keeps them out even where the index missed one.
        if (expired(entry, System.nanoTime())
                || entry.tags().stream().anyMatch(tag -> changedSince(tag, entry.storedAtNanos()))) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Keeps an answer whose composition started at {@code startedNanos}, unless one of its tags changed since. */
    public void put(String key, CachedResponse entry, long startedNanos) {
        long now = System.nanoTime();
        if (entries.size() >= MOST_ENTRIES) {
            entries.values().removeIf(old -> expired(old, now));
            keysByTag.values().forEach(keys -> keys.removeIf(kept -> !entries.containsKey(kept)));
            keysByTag.values().removeIf(Set::isEmpty);
            if (entries.size() >= MOST_ENTRIES) {
                return;
            }
        }
        entry.tags()
                .forEach(tag -> keysByTag
                        .computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet())
                        .add(key));
        entries.put(key, entry);
        // Checked after the put, so that an event that lands between check and put still drops it.
        if (entry.tags().stream().anyMatch(tag -> changedSince(tag, startedNanos - settleNanos))) {
            entries.remove(key, entry);
        }
    }

    /** An event named these ids: every answer made from one of them goes. */
    public void invalidate(Set<String> tags) {
        long now = System.nanoTime();
        if (changedAt.size() >= MOST_ENTRIES) {
            changedAt.values().removeIf(at -> now - at > settleNanos + ttlNanos);
        }
        for (String tag : tags) {
            changedAt.put(tag, now);
            Set<String> keys = keysByTag.remove(tag);
            if (keys != null) {
                keys.forEach(entries::remove);
            }
        }
    }

    private boolean changedSince(String tag, long sinceNanos) {
        Long at = changedAt.get(tag);
        return at != null && at - sinceNanos >= 0;
    }

    private boolean expired(CachedResponse entry, long now) {
        return now - entry.storedAtNanos() >= ttlNanos;
    }
}
