package dev.comptoir.aggregator.breakers.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock of the resilience4j breakers and of every transition's timestamp: the system clock, plus an
 * offset that only the fault-injection admin API moves, so that a test can make a breaker's open time pass
 * without waiting for it. MicroProfile Fault Tolerance keeps its own time: its delays are real.
 */
public final class BreakerClock extends Clock {

    private final AtomicLong offsetMillis = new AtomicLong();

    public void advance(Duration duration) {
        offsetMillis.addAndGet(duration.toMillis());
    }

    @Override
    public Instant instant() {
        return Instant.now().plusMillis(offsetMillis.get());
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + offsetMillis.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The breakers' clock is in UTC");
    }
}
