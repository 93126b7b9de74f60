package dev.comptoir.ear.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
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
 * Two instances of Customers on one server (the EAR's at /customers and a second copy of its WAR at
 * /customers-b, on the same database), and a copy of the aggregator at /balanced that knows both. The
 * aggregator spreads its reads over them, retries a read that one instance fails on the other, and stops
 * sending to an instance once its readiness check fails; no read fails meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoadBalancingIT {

    /** The two instances on the internal listener, as the aggregators' configuration names them. */
    private static final String A = "http://localhost:" + ServiceUrls.root().getPort() + "/customers";

    private static final String B = "http://localhost:" + ServiceUrls.root().getPort() + "/customers-b";
    private static final int READS = 10;

    @Deployment(name = "ear", order = 1, testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @Deployment(name = "customers-b", order = 2, testable = false)
    static WebArchive secondCustomers() {
        return Deployments.instance("../service-a-war/target/customers.war", "customers-b", "");
    }

    @Deployment(name = "balanced", order = 3, testable = false)
    static WebArchive balancedAggregator() {
        return Deployments.instance(
                "../aggregator-war/target/aggregator.war",
                "balanced",
                "comptoir.gateway.services.customers.urls=" + A + "," + B
                        + "\ncomptoir.gateway.services.health-interval-ms=500");
    }

    @ArquillianResource
    @OperateOnDeployment("ear")
    URL base;

    private JsonHttp http;
    private Faults faults;
    private String customer;

    @BeforeEach
    void setUp() {
        String server = "http://" + base.getHost() + ":" + base.getPort() + "/";
        http = Tokens.admin(new JsonHttp(server));
        faults = new Faults(server);
        customer = new Shop(http).customer("Balanced", "100");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> health(B).equals("UP") && health(A).equals("UP"));
    }

    @AfterEach
    void clearFaults() {
        faults.clear("customers-b");
    }

    @Test
    void readsGoToBothInstancesWhileBothAreReady() {
        long picksA = instance(A).getJsonNumber("picks").longValue();
        long picksB = instance(B).getJsonNumber("picks").longValue();

        readAll();

        assertEquals(READS / 2, instance(A).getJsonNumber("picks").longValue() - picksA, "round-robin");
        assertEquals(READS / 2, instance(B).getJsonNumber("picks").longValue() - picksB, "round-robin");
    }

    @Test
    void aReadThatOneInstanceFailsIsRetriedOnTheOther() {
        faults.fail("customers-b", "(?!health/).*");
        long failuresB = instance(B).getJsonNumber("failures").longValue();

        readAll();

        assertEquals("UP", health(B), "its readiness check still passes: only the retry saved the reads");
        assertTrue(
                instance(B).getJsonNumber("failures").longValue() - failuresB >= READS / 2,
                "B was picked and failed at least every other read: " + instance(B));
    }

    @Test
    void anInstanceWhoseReadinessCheckFailsGetsNoMoreTraffic() {
        faults.fail("customers-b", ".*");
        await().atMost(Duration.ofSeconds(10)).until(() -> health(B).equals("DOWN"));
        long picksA = instance(A).getJsonNumber("picks").longValue();
        long picksB = instance(B).getJsonNumber("picks").longValue();

        readAll();

        assertEquals(picksB, instance(B).getJsonNumber("picks").longValue(), "not one call to the unready B");
        assertEquals(READS, instance(A).getJsonNumber("picks").longValue() - picksA);
        assertEquals("HTTP 503", instance(B).getString("lastProblem"));

        faults.clear("customers-b");
        await().atMost(Duration.ofSeconds(10)).until(() -> health(B).equals("UP"));
    }

    @Test
    void theDiscoveryViewListsEachServiceWithItsInstancesAndTheirHealth() {
        JsonObject customers =
                http.get("/balanced/api/admin/services/customers").expect(200);
        assertEquals("round-robin", customers.getString("balancing"));
        assertEquals(2, customers.getJsonArray("instances").size());
        assertFalse(instance(A).getString("lastCheck").isEmpty());

        JsonArray all = http.get("/api/admin/services").body().asJsonArray();
        assertEquals(3, all.size());
        JsonObject earCustomers = all.getJsonObject(0);
        assertEquals("customers", earCustomers.getString("service"));
        assertEquals(1, earCustomers.getJsonArray("instances").size(), "the EAR's aggregator knows one, by default");
        assertEquals(A, earCustomers.getJsonArray("instances").getJsonObject(0).getString("url"));
        http.get("/api/admin/services/payments").problem(404);
    }

    /** Reads the customer's overview through /balanced, and asserts that none failed or lost its customer part. */
    private void readAll() {
        for (int i = 0; i < READS; i++) {
            JsonObject overview = http.get("/balanced/api/customers/" + customer + "/overview")
                    .expect(200);
            assertEquals(customer, overview.getString("customerId"));
            assertEquals(
                    "ok",
                    overview.getJsonObject("sources").getJsonObject("customer").getString("status"));
        }
    }

    private String health(String url) {
        return instance(url).getString("health");
    }

    private JsonObject instance(String url) {
        return http.get("/balanced/api/admin/services/customers").expect(200).getJsonArray("instances").stream()
                .map(JsonValue::asJsonObject)
                .filter(instance -> instance.getString("url").equals(url))
                .findFirst()
                .orElseThrow();
    }
}
