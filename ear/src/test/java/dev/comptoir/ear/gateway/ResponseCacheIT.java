package dev.comptoir.ear.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.Tokens;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's response cache, on in a copy of the aggregator at /cached with a TTL of 5 minutes: any
 * answer that changes within a test changed because an event dropped the cached one, not because it expired.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponseCacheIT {

    @Deployment(name = "ear", order = 1, testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @Deployment(name = "cached", order = 2, testable = false)
    static WebArchive cachingAggregator() {
        return Deployments.cachingAggregator();
    }

    @ArquillianResource
    @OperateOnDeployment("ear")
    URL base;

    private JsonHttp http;
    private Faults faults;
    private Shop shop;

    @BeforeEach
    void setUp() {
        String server = "http://" + base.getHost() + ":" + base.getPort() + "/";
        http = Tokens.admin(new JsonHttp(server));
        faults = new Faults(server);
        shop = new Shop(http);
    }

    @AfterEach
    void clearFaults() {
        faults.clear("orders");
    }

    @Test
    void aCachedAnswerCarriesItsEntityTagAndAMatchingIfNoneMatchGets304() {
        String customer = shop.customer("Tagged", "100");
        awaitCached(customer);
        assertNull(http.get("/api/customers/" + customer + "/overview").header("ETag"), "off in the EAR's own");

        JsonResponse first = overview(customer);
        JsonResponse second = overview(customer);
        JsonResponse revalidated = http.get(overviewPath(customer), "If-None-Match", first.header("ETag"));

        assertEquals("HIT", first.header("X-Cache"));
        assertNotNull(first.header("ETag"));
        assertEquals("private, no-cache", first.header("Cache-Control"));
        assertEquals("HIT", second.header("X-Cache"));
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.raw(), second.raw());
        assertEquals(304, revalidated.status());
        assertEquals(first.header("ETag"), revalidated.header("ETag"));
        assertEquals("", revalidated.raw());
        assertEquals(
                200,
                http.get(overviewPath(customer), "If-None-Match", "\"other\"").status());
    }

    @Test
    void aChangeOfTheCustomerDropsItsAnswerAndNoOther() {
        String changed = shop.customer("Before", "100");
        String untouched = shop.customer("Untouched", "100");
        awaitCached(changed);
        String untouchedTag = awaitCached(untouched).header("ETag");

        http.put(
                        "/customers/" + changed,
                        "{\"name\":\"After\",\"email\":\"after-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":100}")
                .expect(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> overview(changed).object().getString("name").equals("After"));
        for (int i = 0; i < 5; i++) {
            assertEquals("After", overview(changed).object().getString("name"), "never the old name again");
        }
        JsonResponse other = overview(untouched);
        assertEquals("HIT", other.header("X-Cache"), "an event drops only the answers made from what it names");
        assertEquals(untouchedTag, other.header("ETag"));
    }

    @Test
    void aNewOrderDropsTheCustomersOverviewAndTheOrderShowsOnceListed() {
        String customer = shop.customer("Buyer", "1000");
        String coffee = shop.product("Coffee", "10.00", 50);
        String tea = shop.product("Tea", "5.00", 50);
        JsonResponse before = awaitCached(customer);
        assertEquals(0, before.object().getInt("openOrderCount"));

        String order = shop.order(customer, coffee, 1, tea, 2);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> overview(customer).object().getJsonArray("orders").size() == 1);
        for (int i = 0; i < 5; i++) {
            JsonResponse after = overview(customer);
            assertEquals(
                    order,
                    after.object().getJsonArray("orders").getJsonObject(0).getString("orderId"));
            assertNotEquals(before.header("ETag"), after.header("ETag"));
        }
    }

    @Test
    void aDegradedAnswerIsNotKept() {
        String customer = shop.customer("Degraded", "100");
        faults.fail("orders", ".*");

        JsonResponse degraded = overview(customer);

        assertEquals(false, degraded.object().getBoolean("complete"));
        assertEquals("no-store", degraded.header("Cache-Control"));
        assertNull(degraded.header("ETag"));
        faults.clear("orders");
        JsonResponse whole = overview(customer);
        assertEquals("MISS", whole.header("X-Cache"));
        assertEquals(true, whole.object().getBoolean("complete"));
    }

    /**
     * Reads until the answer comes from the cache: an answer composed within the settle time of an event about
     * the customer (its registration, say) is sent but not kept.
     */
    private JsonResponse awaitCached(String customer) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "HIT".equals(overview(customer).header("X-Cache")));
        return overview(customer);
    }

    private JsonResponse overview(String customer) {
        JsonResponse answer = http.get(overviewPath(customer));
        assertEquals(200, answer.status(), answer::raw);
        return answer;
    }

    private static String overviewPath(String customer) {
        return "/cached/api/customers/" + customer + "/overview";
    }
}
