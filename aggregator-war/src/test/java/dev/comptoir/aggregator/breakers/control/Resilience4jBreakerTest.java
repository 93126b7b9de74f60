package dev.comptoir.aggregator.breakers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.aggregator.breakers.entity.BreakerSettings;
import dev.comptoir.aggregator.breakers.entity.OperatorAction;
import dev.comptoir.aggregator.breakers.entity.Transition;
import dev.comptoir.kit.problem.ProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class Resilience4jBreakerTest {

    /** Runs each call on the test's thread: the outcome is known when call() returns. */
    private static final Executor HERE = Runnable::run;

    /** System time plus what a test advances: with an open time of a minute, the test's own milliseconds do not count. */
    private final MovableClock clock = new MovableClock();

    private final List<Transition> announced = new ArrayList<>();

    private Resilience4jBreaker breaker(String variant) {
        BreakerSettings settings = BreakerSettings.parse(name -> Optional.ofNullable(Map.of(
                                "variant", variant,
                                "windowSize", "4",
                                "minimumCalls", "4",
                                "failureRate", "50",
                                "openMs", "60000")
                        .get(name)))
                .settings();
        return new Resilience4jBreaker("orders", settings, clock, announced::add);
    }

    @Test
    void theGaugeOpensWhenTheFailureRateOfAFullWindowReachesItsThresholdThenRefusesWithoutCalling() {
        Resilience4jBreaker gauge = breaker("gauge");
        succeed(gauge);
        fail(gauge);
        fail(gauge);
        assertEquals("CLOSED", gauge.state(), "3 calls: the window is not full yet");

        succeed(gauge);

        assertEquals("OPEN", gauge.state(), "2 of 4 failed: 50%");
        assertTrue(last().cause().startsWith("failure rate 50.0% >= 50.0%"), announced.toString());
        List<String> called = new ArrayList<>();
        Throwable refused = assertThrows(
                        CompletionException.class,
                        () -> gauge.call(() -> called.add("asked"), HERE)
                                .toCompletableFuture()
                                .join())
                .getCause();
        assertInstanceOf(BreakerOpen.class, refused);
        assertEquals(List.of(), called, "the service was not asked");
    }

    @Test
    void theGaugeHalfOpensAfterItsOpenTimeAndClosesOnGoodTrialCalls() {
        Resilience4jBreaker gauge = opened(breaker("gauge"));
        clock.advance(Duration.ofSeconds(30));
        assertThrows(CompletionException.class, () -> succeed(gauge), "still open half its open time after");

        clock.advance(Duration.ofSeconds(30));
        succeed(gauge);
        assertEquals("HALF_OPEN", gauge.state());
        succeed(gauge);

        assertEquals("CLOSED", gauge.state());
        assertEquals("2 trial calls went well", last().cause());
    }

    @Test
    void theTimedBreakerClosesByItselfAfterItsOpenTimeWithNoTrialCalls() {
        Resilience4jBreaker timed = opened(breaker("timed"));

        clock.advance(Duration.ofSeconds(60));
        succeed(timed);

        assertEquals("CLOSED", timed.state());
        assertEquals(
                List.of("OPEN", "CLOSED", "open for 60000 ms: reset by itself"),
                List.of(last().from(), last().to(), last().cause()),
                "shown going from open to closed: its half-open state lasts no time");
    }

    @Test
    void anOperatorForcesItOpenAndOnlyAForcedBreakerCanBeReleased() {
        Resilience4jBreaker manual = breaker("manual");
        ProblemException nothingToRelease =
                assertThrows(ProblemException.class, () -> manual.operate(OperatorAction.RELEASE, "ops"));
        assertEquals(409, nothingToRelease.problem().status());

        manual.operate(OperatorAction.FORCE_OPEN, "ops");
        manual.adopt("OPEN", "another aggregator");
        assertEquals("FORCED_OPEN", manual.state(), "a peer's state does not override the operator's");
        assertEquals("operator ops: force-open", last().cause());

        manual.operate(OperatorAction.RELEASE, "ops");
        assertEquals("CLOSED", manual.state());
    }

    @Test
    void takesAPeersOpenStateUnlessForced() {
        Resilience4jBreaker gauge = breaker("gauge");

        gauge.adopt("OPEN", "aggregator 2 opened it");

        assertEquals("OPEN", gauge.state());
        assertEquals("aggregator 2 opened it", last().cause());
    }

    private Transition last() {
        return announced.get(announced.size() - 1);
    }

    private Resilience4jBreaker opened(Resilience4jBreaker breaker) {
        for (int i = 0; i < 4; i++) {
            fail(breaker);
        }
        assertEquals("OPEN", breaker.state());
        return breaker;
    }

    private static void succeed(Resilience4jBreaker breaker) {
        breaker.call(() -> "ok", HERE).toCompletableFuture().join();
    }

    private static void fail(Resilience4jBreaker breaker) {
        assertThrows(
                CompletionException.class,
                () -> breaker.call(
                                () -> {
                                    throw new IllegalStateException("503");
                                },
                                HERE)
                        .toCompletableFuture()
                        .join());
    }
}
