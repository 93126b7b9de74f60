package dev.comptoir.ear.breakers;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
 * Three aggregators on one server: the EAR's (at /, comptoir.gateway.breakers.share off, the default) and two more
 * copies of the aggregator WAR at /replica-a and /replica-b with {@code comptoir.gateway.breakers.share=true}. A
 * breaker that opens on one sharing instance opens on the other through the breaker-transitions topic; the EAR's is
 * untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BreakerSharingIT {

    private static final String GAUGE =
            "{\"variant\":\"gauge\",\"windowSize\":4,\"minimumCalls\":4,\"failureRate\":50,\"openMs\":60000}";

    @Deployment(name = "ear", order = 1, testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @Deployment(name = "replica-a", order = 2, testable = false)
    static WebArchive replicaA() {
        return sharingReplica("replica-a");
    }

    @Deployment(name = "replica-b", order = 3, testable = false)
    static WebArchive replicaB() {
        return sharingReplica("replica-b");
    }

    /** The aggregator WAR as the build made it, at another context root, sharing its breakers' transitions. */
    private static WebArchive sharingReplica(String name) {
        return Deployments.instance(
                "../aggregator-war/target/aggregator.war", name, "comptoir.gateway.breakers.share=true");
    }

    @ArquillianResource
    @OperateOnDeployment("ear")
    URL base;

    private JsonHttp http;
    private JsonHttp operator;
    private Faults faults;
    private String customer;

    @BeforeEach
    void setUp() {
        String server = "http://" + base.getHost() + ":" + base.getPort() + "/";
        http = Tokens.admin(new JsonHttp(server));
        operator = Tokens.operator(http);
        faults = new Faults(server);
        customer = new Shop(http).customer("Shared", "100");
    }

    @AfterEach
    void restore() {
        faults.clear("customers");
        for (String instance : List.of("", "/replica-a", "/replica-b")) {
            for (String service : List.of("customers", "orders")) {
                operator.delete(instance + "/api/admin/breakers/" + service).expect(200);
            }
        }
    }

    @Test
    void aBreakerThatOpensOnOneSharingInstanceOpensOnTheOtherAndNotOnOneThatDoesNotShare() {
        for (String instance : List.of("", "/replica-a", "/replica-b")) {
            operator.put(instance + "/api/admin/breakers/customers", GAUGE).expect(200);
        }
        faults.fail("customers", ".*");
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    503,
                    http.get("/replica-a/api/customers/" + customer + "/overview")
                            .status());
        }
        assertEquals("OPEN", breaker("/replica-a", "customers").getString("state"));

        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        breaker("/replica-b", "customers").getString("state").equals("OPEN"));
        String cause = breaker("/replica-b", "customers")
                .getJsonArray("transitions")
                .getJsonObject(0)
                .getString("cause");
        assertTrue(cause.startsWith("instance "), cause);
        faults.clear("customers");
        assertEquals(
                "circuit_open",
                http.get("/replica-b/api/customers/" + customer + "/overview")
                        .problem(503)
                        .getJsonObject("sources")
                        .getJsonObject("customer")
                        .getString("status"),
                "replica-b refuses at once although it never saw Customers fail");
        assertEquals("CLOSED", breaker("", "customers").getString("state"), "the EAR's aggregator does not share");
    }

    @Test
    void anOperatorForcingOneSharingInstanceOpenForcesTheOther() {
        operator.post("/replica-b/api/admin/breakers/orders/force-open", "").expect(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> breaker("/replica-a", "orders").getString("state").equals("FORCED_OPEN"));
        assertEquals("CLOSED", breaker("", "orders").getString("state"));
    }

    private JsonObject breaker(String instance, String service) {
        return http.get(instance + "/api/admin/breakers/" + service).expect(200);
    }
}
