package dev.comptoir.aggregator.discovery.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ServiceInstanceTest {

    private static final Duration WARM_UP = Duration.ofSeconds(30);

    private final AtomicLong now = new AtomicLong();
    private final ServiceInstance instance =
            new ServiceInstance("customers", URI.create("http://127.0.0.1:1/customers"), now::get);

    @Test
    void warmsUpAfterTheReadyCheckThatFollowsAFailedOne() {
        instance.checked(ServiceInstance.Health.UP, null, Instant.now());
        later(WARM_UP);
        assertFalse(instance.readyWithin(WARM_UP), "ready for the whole warm-up: warm");

        instance.checked(ServiceInstance.Health.DOWN, "HTTP 503", Instant.now());
        assertFalse(instance.readyWithin(WARM_UP), "down: not warming, not called first");

        instance.checked(ServiceInstance.Health.UP, null, Instant.now());
        later(WARM_UP.minusSeconds(1));
        assertTrue(instance.readyWithin(WARM_UP), "ready again, 29 s ago: warming");
    }

    @Test
    void aSecondReadyCheckDoesNotStartTheWarmUpAgain() {
        instance.checked(ServiceInstance.Health.UP, null, Instant.now());
        later(WARM_UP);
        instance.checked(ServiceInstance.Health.UP, null, Instant.now());

        assertFalse(instance.readyWithin(WARM_UP));
    }

    private void later(Duration elapsed) {
        now.addAndGet(elapsed.toNanos());
    }
}
