package dev.comptoir.domain;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The managed domain's shape (issue 26, "Topology"): four groups of two running servers, one on each host, each
 * deploying its own WAR and nothing else; a balancer that knows the two gateways and no service; a client served
 * through the balancer with real data (gateway, services, PostgreSQL); a service's listener out of a client's reach.
 */
@ExtendWith(RunningDomain.class)
class TopologyIT {

    /** The domain's service servers by group (primary-host.cli, secondary-host.cli): -1 on the primary host, -2 on the other. */
    private static final Map<String, Set<String>> GROUPS = Map.of(
            "customers", Set.of("customers-1", "customers-2"),
            "orders", Set.of("orders-1", "orders-2"),
            "inventory", Set.of("inventory-1", "inventory-2"),
            "gateway", Set.of("gateway-1", "gateway-2"));

    private static final URI BALANCER = URI.create("http://127.0.0.1:8080/");
    /** customers-2's internal listener (secondary host, offset 5000) and customers-1's public one (offset 1000). */
    private static final int CUSTOMERS_2_INTERNAL = 13180;

    private static final int CUSTOMERS_1_PUBLIC = 9080;
    private static final int CUSTOMERS_1_INTERNAL = 9180;

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ManagementApi management = new ManagementApi();

    @Test
    void eachGroupRunsTwoServersOneOnEachHost() {
        Map<String, String> states = new TreeMap<>();
        Map<String, String> groups = new TreeMap<>();
        for (JsonValue server : all("host", "*", "server", "*")) {
            JsonObject found = server.asJsonObject();
            String host = address(found, "host");
            String name = address(found, "server");
            JsonObject resource = found.getJsonObject("result");
            states.put(host + "/" + name, resource.getString("server-state"));
            groups.put(name, resource.getString("server-group"));
        }
        Map<String, String> expected = new TreeMap<>();
        GROUPS.forEach((group, servers) -> servers.forEach(server -> expected.put(server, group)));
        expected.put("load-balancer", "load-balancer");
        assertEquals(expected, groups);
        states.forEach((server, state) -> assertEquals("running", state, server));
        GROUPS.values()
                .forEach(servers -> servers.forEach(server -> assertTrue(
                        states.containsKey((server.endsWith("-1") ? "primary/" : "secondary/") + server),
                        server + " on its host: " + states.keySet())));
    }

    @Test
    void eachWarIsDeployedOnlyToItsGroup() {
        Map<String, Set<String>> byGroup = new TreeMap<>();
        for (JsonValue deployment : all("server-group", "*", "deployment", "*")) {
            byGroup.computeIfAbsent(address(deployment.asJsonObject(), "server-group"), g -> new TreeSet<>())
                    .add(address(deployment.asJsonObject(), "deployment"));
        }
        Map<String, Set<String>> byServer = new TreeMap<>();
        for (JsonValue deployment : all("host", "*", "server", "*", "deployment", "*")) {
            JsonObject found = deployment.asJsonObject();
            byServer.computeIfAbsent(address(found, "server"), s -> new TreeSet<>())
                    .add(address(found, "deployment") + ":"
                            + found.getJsonObject("result").getString("status"));
        }
        Map<String, Set<String>> expectedGroups = new TreeMap<>();
        Map<String, Set<String>> expectedServers = new TreeMap<>();
        GROUPS.forEach((group, servers) -> {
            expectedGroups.put(group, Set.of(group + ".war"));
            servers.forEach(server -> expectedServers.put(server, Set.of(group + ".war:OK")));
        });
        assertEquals(expectedGroups, byGroup);
        assertEquals(expectedServers, byServer);
    }

    @Test
    void balancerListsBothGatewaysAndNoService() {
        JsonObject filter = management
                .request(Json.createObjectBuilder()
                        .add("operation", "read-resource")
                        .add("recursive", true)
                        .add("include-runtime", true)
                        .add(
                                "address",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("host", "primary"))
                                        .add(Json.createObjectBuilder().add("server", "load-balancer"))
                                        .add(Json.createObjectBuilder().add("subsystem", "undertow"))
                                        .add(Json.createObjectBuilder().add("configuration", "filter"))
                                        .add(Json.createObjectBuilder().add("mod-cluster", "load-balancer")))
                        .build())
                .asJsonObject();
        Set<String> nodes = new TreeSet<>();
        Set<String> contexts = new TreeSet<>();
        for (JsonValue balancer : filter.getJsonObject("balancer").values()) {
            balancer.asJsonObject().getJsonObject("node").forEach((node, resource) -> {
                nodes.add(node);
                contexts.addAll(resource.asJsonObject().getJsonObject("context").keySet());
            });
        }
        // mod_cluster names a node after its server, qualified by its host.
        assertEquals(Set.of("primary:gateway-1", "secondary:gateway-2"), nodes);
        assertEquals(Set.of("/"), contexts, "only the gateway's context; no service's");
    }

    @Test
    void aClientGetsATokenAndACustomerOverviewThroughTheBalancer() {
        Properties credentials = ManagementApi.credentials();
        JsonHttp client = new JsonHttp(BALANCER.toString());
        String token = Tokens.fetch(
                client, credentials.getProperty("api-admin.user"), credentials.getProperty("api-admin.password"));
        // Created at the second host's Customers instance: what the gateway composes comes from the shared database.
        String unique = UUID.randomUUID().toString();
        String name = "Domain " + unique;
        String customer = new JsonHttp("http://127.0.0.1:" + CUSTOMERS_2_INTERNAL + "/")
                .bearer(token)
                .post(
                        "/customers/",
                        "{\"name\":\"" + name + "\",\"email\":\"" + unique + "@example.com\",\"creditLimit\":100.00}")
                .expect(201)
                .getString("id");

        // Warm first, as the failover tests' load: the first calls right after the domain's start (code not yet
        // compiled, pools empty, nine JVMs on two cores) may outlast the gateway's 2 s deadline for a source, and
        // answer 503 "timed_out" (one run in four here). That is a cold JVM, not the domain's routing.
        String overviewPath = "/api/customers/" + customer + "/overview";
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> warm(client.bearer(token).get(overviewPath)));
        for (int call = 0; call < 4; call++) {
            JsonObject overview = client.bearer(token).get(overviewPath).expect(200);
            assertEquals(customer, overview.getString("customerId"));
            assertEquals(name, overview.getString("name"));
            assertTrue(overview.getBoolean("complete"), overview::toString);
        }
    }

    /** Answered, or refused only because a source did not answer in time; any other answer fails at once. */
    private static boolean warm(JsonResponse overview) {
        if (overview.status() == 503 && overview.raw().contains("\"timed_out\"")) {
            return false;
        }
        overview.expect(200);
        return true;
    }

    @Test
    void aServiceRefusesClientsOnItsPublicListenerAndFromThePublicAddress() throws Exception {
        HttpResponse<String> walkedAround = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + CUSTOMERS_1_PUBLIC + "/customers/"))
                        .header("Authorization", "Bearer " + Tokens.suite())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, walkedAround.statusCode(), "Customers is not served on its server's public listener");

        Optional<InetAddress> publicAddress = publicAddress();
        assumeTrue(publicAddress.isPresent(), "this machine has no address but loopback");
        String host = publicAddress.get().getHostAddress();
        assertEquals(
                200,
                CLIENT.send(
                                HttpRequest.newBuilder(URI.create("http://" + host + ":8080/health/ready"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "the balancer serves clients at " + host);
        assertThrows(
                ConnectException.class,
                () -> CLIENT.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://" + host + ":" + CUSTOMERS_1_INTERNAL + "/customers/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                "Customers' internal listener refuses a connection at the public address " + host);
    }

    /** Every resource a wildcard address names (e.g. each server of each host), each with its address. */
    private Iterable<JsonValue> all(String... address) {
        JsonArrayBuilder path = Json.createArrayBuilder();
        for (int i = 0; i < address.length; i += 2) {
            path.add(Json.createObjectBuilder().add(address[i], address[i + 1]));
        }
        return management
                .request(Json.createObjectBuilder()
                        .add("operation", "read-resource")
                        .add("address", path)
                        .add("include-runtime", true)
                        .build())
                .asJsonArray();
    }

    private static String address(JsonObject result, String key) {
        return result.getJsonArray("address").stream()
                .map(JsonValue::asJsonObject)
                .filter(element -> element.containsKey(key))
                .map(element -> element.getString(key))
                .findFirst()
                .orElseThrow();
    }

    /** The machine's first non-loopback IPv4 address: where a client on the network would come from. */
    private static Optional<InetAddress> publicAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
