package dev.comptoir.aggregator.discovery.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceInstanceTest {

    private static final Duration WARM_UP = Duration.ofMinutes(1);

    private final ServiceInstance instance =
            new ServiceInstance("customers", URI.create("http://127.0.0.1:1/customers"));

    @Test
    void warmsUpAfterTheReadyCheckThatFollowsAFailedOne() throws InterruptedException {
        instance.checked(ServiceInstance.Health.UP, null, Instant.now());
        Thread.sleep(5);
        assertFalse(instance.readyWithin(Duration.ofMillis(1)), "ready for a while: warm");

        instance.checked(ServiceInstance.Health.DOWN, "HTTP 503", Instant.now());
        assertFalse(instance.readyWithin(WARM_UP), "down: not warming, not called first");

        instance.checked(ServiceInstance.Health.UP, null, Instant.now());
        assertTrue(instance.readyWithin(WARM_UP), "ready again: warming");
    }

    @Test
    void aSecondReadyCheckDoesNotStartTheWarmUpAgain() throws InterruptedException {
        instance.checked(ServiceInstance.Health.UP, null, Instant.now());
        Thread.sleep(5);
        instance.checked(ServiceInstance.Health.UP, null, Instant.now());

        assertFalse(instance.readyWithin(Duration.ofMillis(1)));
    }
}
