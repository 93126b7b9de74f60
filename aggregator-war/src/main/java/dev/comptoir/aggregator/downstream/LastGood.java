package dev.comptoir.aggregator.downstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stale-if-error: the last good copy of each section served recently, to stand in (marked
 * {@code from_cache}) when an optional source fails. Bounded in entries (least recently used go first)
 * and in age.
 */
@ApplicationScoped
public class LastGood {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    @ConfigProperty(name = "comptoir.gateway.composition.stale-if-error-seconds", defaultValue = "300")
    long maxAgeSeconds;

    private final Map<String, Stamped> copies = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Stamped> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized void keep(String section, Object value) {
        copies.put(section, new Stamped(value, Instant.now()));
    }

    synchronized Optional<Object> recent(String section) {
        Stamped copy = copies.get(section);
        if (copy == null || copy.at().isBefore(Instant.now().minus(Duration.ofSeconds(maxAgeSeconds)))) {
            return Optional.empty();
        }
        return Optional.of(copy.value());
    }

    private record Stamped(Object value, Instant at) {}
}
