package dev.comptoir.aggregator.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.aggregator.refusal.DownstreamRefusal;
import dev.comptoir.kit.problem.ProblemException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FanoutTest {

    private final LastGood lastGood = new LastGood();

    FanoutTest() {
        lastGood.maxAgeSeconds = 300;
    }

    private Fanout fanout() {
        return new Fanout(Instant.now().plusSeconds(5), 200, lastGood);
    }

    private static CompletableFuture<String> refused(int status, String type) {
        return CompletableFuture.failedFuture(new DownstreamRefusal(status, type));
    }

    @Test
    void leavesOutAFailedOptionalPartAndSaysWhy() {
        Fanout fanout = fanout();

        Optional<String> part =
                fanout.optional(fanout.start("product:X", "inventory", () -> refused(503, "about:blank")));

        assertTrue(part.isEmpty());
        SourceReport report = fanout.sources().get("product:X");
        assertEquals("failed", report.status());
        assertTrue(report.reason().contains("503"), report.reason());
    }

    @Test
    void failsTheRequestWith503WhenARequiredPartFails() {
        Fanout fanout = fanout();

        ProblemException refusal = assertThrows(
                ProblemException.class,
                () -> fanout.required(fanout.start("customer", "customers", () -> refused(500, "about:blank"))));

        assertEquals(503, refusal.problem().status());
        assertTrue(refusal.problem().extensions().get("sources").toString().contains("customer"));
    }

    @Test
    void answers404WhenTheServiceSaysTheAskedResourceDoesNotExist() {
        Fanout fanout = fanout();
        String notFound = ProblemException.notFound("order", "o-1").problem().type();

        ProblemException refusal = assertThrows(
                ProblemException.class,
                () -> fanout.required(
                        fanout.start("order", "orders", () -> refused(404, notFound)),
                        new Fanout.Missing("order", "o-1")));

        assertEquals(404, refusal.problem().status());
    }

    @Test
    void letsTheLastGoodCopyStandInMarkedFromCache() {
        Fanout first = fanout();
        first.optional(first.start("product:X", "inventory", () -> CompletableFuture.completedFuture("price 5")));
        Fanout second = fanout();

        Optional<String> part =
                second.optional(second.start("product:X", "inventory", () -> refused(503, "about:blank")));

        assertEquals(Optional.of("price 5"), part);
        assertEquals("from_cache", second.sources().get("product:X").status());
    }

    @Test
    void timesOutACallThatTakesLongerThanItsTimeout() {
        Fanout fanout = fanout();

        Optional<String> part = fanout.optional(fanout.start("product:Y", "inventory", CompletableFuture::new));

        assertTrue(part.isEmpty());
        assertEquals("timed_out", fanout.sources().get("product:Y").status());
    }
}
