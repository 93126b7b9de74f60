package dev.comptoir.aggregator.discovery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ServicePoolTest {

    private final ServiceInstance a = instance("a");
    private final ServiceInstance b = instance("b");
    private final ServiceInstance c = instance("c");

    @Test
    void roundRobinTakesEachInstanceInTurn() {
        ServicePool pool = new ServicePool("customers", List.of(a, b, c), Balancing.ROUND_ROBIN);

        assertEquals(List.of(a, b, c, a, b, c), picks(pool, 6));
    }

    @Test
    void skipsAnInstanceWhoseReadinessCheckFailed() {
        ServicePool pool = new ServicePool("customers", List.of(a, b, c), Balancing.ROUND_ROBIN);
        b.checked(ServiceInstance.Health.DOWN, "HTTP 503", Instant.now());

        assertTrue(picks(pool, 10).stream().noneMatch(b::equals));
    }

    @Test
    void triesEveryInstanceWhenAllLookDownAndNoneTwice() {
        ServicePool pool = new ServicePool("customers", List.of(a, b), Balancing.ROUND_ROBIN);
        a.checked(ServiceInstance.Health.DOWN, "HTTP 503", Instant.now());
        b.checked(ServiceInstance.Health.DOWN, "HTTP 503", Instant.now());

        assertEquals(b, pool.pick(List.of(a)).orElseThrow());
        assertTrue(pool.pick(List.of(a, b)).isEmpty());
    }

    @Test
    void retryPicksAnotherInstanceThanTheOneThatFailed() {
        ServicePool pool = new ServicePool("customers", List.of(a, b), Balancing.ROUND_ROBIN);

        IntStream.range(0, 4).forEach(i -> assertEquals(b, pool.pick(List.of(a)).orElseThrow()));
    }

    @Test
    void leastOutstandingAvoidsTheBusyInstance() {
        ServicePool pool = new ServicePool("customers", List.of(a, b), Balancing.LEAST_OUTSTANDING);
        a.begin();
        a.begin();

        assertEquals(List.of(b, b, b), picks(pool, 3));
        a.end(false);
        a.end(false);
        assertEquals(Set.of(a, b), Set.copyOf(picks(pool, 2)), "ties go round");
    }

    @Test
    void listedAgainAnInstanceJoinsOneLeavesAndTheOthersKeepTheirState() {
        ServicePool pool = new ServicePool("customers", List.of(a, b), Balancing.ROUND_ROBIN);
        b.checked(ServiceInstance.Health.DOWN, "HTTP 503", Instant.now());

        assertTrue(pool.list(List.of(b.url(), c.url())));
        assertEquals(2, pool.instances().size());
        assertEquals(b, pool.instances().get(0), "still listed: the same instance, health and counts");
        assertEquals(ServiceInstance.Health.DOWN, pool.instances().get(0).health());
        assertEquals(c.url(), pool.instances().get(1).url());
        assertEquals(ServiceInstance.Health.UNKNOWN, pool.instances().get(1).health(), "new: usable until checked");
        assertFalse(pool.list(List.of(b.url(), c.url())), "the same list changes nothing");
    }

    @Test
    void readsTheBalancingFromItsConfigLabel() {
        assertEquals(Balancing.LEAST_OUTSTANDING, Balancing.of("least-outstanding"));
        assertEquals("round-robin", Balancing.ROUND_ROBIN.label());
    }

    private static List<ServiceInstance> picks(ServicePool pool, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> pool.pick(List.of()).orElseThrow())
                .toList();
    }

    private static ServiceInstance instance(String name) {
        return new ServiceInstance("customers", URI.create("http://localhost:8080/" + name));
    }
}
