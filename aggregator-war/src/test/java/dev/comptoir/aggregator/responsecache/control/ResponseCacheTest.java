package dev.comptoir.aggregator.responsecache.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final ResponseCache cache = new ResponseCache();

    @Test
    void answersFromTheCacheUntilAnEventNamesOneOfTheAnswersTags() {
        cache.configure(true, TTL, Duration.ZERO);
        CachedResponse overview = answer("customer:1", "order:7");
        CachedResponse other = answer("customer:2");
        long started = System.nanoTime();
        cache.put("/overview/1", overview, started);
        cache.put("/overview/2", other, started);

        assertEquals(Optional.of(overview), cache.get("/overview/1"));
        cache.invalidate(Set.of("order:7"));

        assertTrue(cache.get("/overview/1").isEmpty(), "dropped: it was made from order 7");
        assertEquals(Optional.of(other), cache.get("/overview/2"), "kept: the event named nothing it was made from");
    }

    @Test
    void doesNotKeepAnAnswerComposedWhileAnEventAboutItArrived() {
        cache.configure(true, TTL, Duration.ZERO);
        long started = System.nanoTime();
        cache.invalidate(Set.of("customer:1"));

        cache.put("/overview/1", answer("customer:1"), started);

        assertTrue(cache.get("/overview/1").isEmpty());
    }

    @Test
    void doesNotKeepAnAnswerComposedWithinTheSettleTimeAfterAnEventAboutIt() {
        cache.configure(true, TTL, Duration.ofMinutes(1));
        cache.invalidate(Set.of("customer:1"));
        long started = System.nanoTime();

        cache.put("/overview/1", answer("customer:1"), started);
        cache.put("/overview/2", answer("customer:2"), started);

        assertTrue(cache.get("/overview/1").isEmpty(), "its source may not show the event yet");
        assertTrue(cache.get("/overview/2").isPresent());
    }

    private static CachedResponse answer(String... tags) {
        return new CachedResponse(new byte[] {'{', '}'}, "\"etag\"", Set.of(tags), System.nanoTime());
    }
}
