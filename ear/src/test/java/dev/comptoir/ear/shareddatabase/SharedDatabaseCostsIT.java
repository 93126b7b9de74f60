package dev.comptoir.ear.shareddatabase;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared database's three costs, each beside database per service: every test runs in both data modes and
 * asserts the one the server runs ({@code comptoir.database.mode}, {@code -Pshared-database}), printing its figures
 * (lines starting {@code [costs]}; docs/patterns/05-database-per-service.md holds them). A probe WAR deployed beside
 * the EAR changes and stops the databases from inside the server, through the services' own datasources.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharedDatabaseCostsIT {

    private static final boolean SHARED = "shared-database".equals(System.getProperty("comptoir.database.mode"));
    private static final String MODE = SHARED ? "shared database" : "database per service";
    private static final String EAR = "comptoir.ear";
    private static final List<String> DATASOURCES =
            List.of("CustomersDS", "OrdersDS", "OrdersViewDS", "InventoryDS", "AggregatorViewDS");

    /** Customers' WAR after its migration: the same entity, its credit limit now in the renamed column. */
    private static final String MIGRATED_MAPPING = """
            <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.0">
                <entity class="dev.comptoir.customers.profile.entity.Customer">
                    <attributes>
                        <basic name="creditLimit">
                            <column name="CREDIT_LIMIT" nullable="false" precision="19" scale="2"/>
                        </basic>
                    </attributes>
                </entity>
            </entity-mappings>
            """;

    @Deployment(name = "ear", order = 1, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Deployment(name = "probe", order = 2, testable = false)
    static WebArchive probe() {
        return Deployments.databaseProbe();
    }

    @ArquillianResource
    @OperateOnDeployment("ear")
    URL base;

    private JsonHttp http;
    private JsonHttp probe;
    private Shop shop;
    private Faults faults;
    private final ManagementApi management = new ManagementApi();

    @BeforeEach
    void client() {
        String server = "http://" + base.getHost() + ":" + base.getPort() + "/";
        http = Tokens.admin(new JsonHttp(server));
        probe = new JsonHttp(server + "database-probe/").waitingUpTo(Duration.ofSeconds(60));
        shop = new Shop(http);
        faults = new Faults(server);
    }

    /**
     * Schemas coupled. Customers renames its CUSTOMER table's credit limit column and deploys the version that maps
     * it (the EAR replaced by one whose Customers WAR has an orm.xml saying so): Customers answers as before. In the
     * shared database, Orders' SQL over Customers' table no longer fits, and both its routes answer 503 until Orders
     * follows; in database per service nothing else notices.
     */
    @Test
    void aColumnRenamedByCustomersAloneBreaksOnlyTheSharedDatabasesOtherSql() {
        String customer = shop.customer("Migrated", "1000.00");
        String sku = shop.product("Migrated", "10.00", 50);
        try {
            probe("customers/rename-column?from=CREDITLIMIT&to=CREDIT_LIMIT");
            long redeploy = millis(() -> replaceEar(customersMigrated()));
            shop.assertCredit(customer, "1000");

            if (SHARED) {
                Timed placed =
                        timed(() -> http.post("/api/shared-database/orders", Shop.oneLineOrder(customer, sku, 1)));
                Timed joined = timed(() -> http.get("/api/shared-database/customers/" + customer + "/overview"));
                print("schemas coupled", "one-transaction create-order", placed);
                print("schemas coupled", "joined overview", joined);
                for (Timed answer : List.of(placed, joined)) {
                    answer.response().problem(503);
                    assertTrue(answer.millis() < 5_000, () -> "took " + answer.millis() + " ms");
                }
                // The gateway says Orders failed; Orders, asked directly, says why.
                for (JsonResponse orders : List.of(
                        http.post("/orders/shared-database/orders", Shop.oneLineOrder(customer, sku, 1)),
                        http.get("/orders/shared-database/customers/" + customer + "/overview"))) {
                    assertTrue(orders.problem(503).getString("type").endsWith("shared-schema-changed"));
                }
                shop.assertCredit(customer, "1000");
                assertEquals(
                        50, http.get("/inventory/products/" + sku).expect(200).getInt("stock"));
            } else {
                // Sent to Orders itself (as the shared branch's second check is): the gateway's 3 s limit is not what
                // this test is about, and the first saga after a redeployment comes close to it.
                Timed placed =
                        timed(() -> http.post("/orders/?saga=orchestrated", Shop.oneLineOrder(customer, sku, 1)));
                Timed composed = timed(() -> http.get("/api/customers/" + customer + "/overview"));
                print("schemas coupled", "orchestrated create-order", placed);
                print("schemas coupled", "composed overview", composed);
                assertEquals("APPROVED", placed.response().expect(201).getString("status"));
                JsonObject overview = composed.response().expect(200);
                assertTrue(overview.getBoolean("complete"));
                assertEquals(
                        0,
                        new BigDecimal("990")
                                .compareTo(overview.getJsonNumber("creditAvailable")
                                        .bigDecimalValue()));
            }
            System.out.printf("[costs] %s, schemas coupled: the EAR replaced in %d ms%n", MODE, redeploy);
        } finally {
            probe("customers/rename-column?from=CREDIT_LIMIT&to=CREDITLIMIT");
            replaceEar(new File("target/comptoir.ear"));
        }
    }

    /**
     * Run time coupled. Customers holds one customer's row for 6 s (a STEP rule's delay inside its credit
     * reservation's transaction), and that customer orders a product. In the shared database their one-transaction
     * order locks the product's row, then waits for the customer's: another customer ordering the same product waits
     * behind it, on Inventory's row, for Customers' transaction. In database per service the held row stays in
     * Customers' database: the other customer's orchestrated order goes through.
     */
    @Test
    void aLongCustomersTransactionHoldsUpAnotherCustomersOrderOnlyInTheSharedDatabase() throws Exception {
        String held = shop.customer("Held", "1000.00");
        String other = shop.customer("Other", "1000.00");
        String sku = shop.product("Contended", "1.00", 100);
        String route = SHARED ? "/api/shared-database/orders" : "/api/v2/orders?saga=orchestrated";
        // One order first, to Orders itself (no 3 s limit there): the measured one must not be the server's first.
        http.post(
                        SHARED ? "/orders/shared-database/orders" : "/orders/?saga=orchestrated",
                        Shop.oneLineOrder(shop.customer("Warm", "1000.00"), sku, 1))
                .expect(201);
        faults.rules(
                "customers",
                "[{\"method\":\"STEP\",\"pathPattern\":\"customers/credit-locked/" + held
                        + "\",\"latencyMs\":6000,\"jitterMs\":0,\"failureRate\":0}]");
        ExecutorService background = Executors.newFixedThreadPool(2);
        try {
            Future<JsonResponse> longTransaction = background.submit(() -> http.post(
                    "/customers/" + held + "/credit-reservations",
                    "{\"orderId\":\"long-" + UUID.randomUUID() + "\",\"amount\":1}"));
            // A lock is not visible from here: a pause lets each request reach its lock before the next one starts.
            TimeUnit.MILLISECONDS.sleep(1_500);
            Future<JsonResponse> heldOrder = background.submit(() -> http.post(route, Shop.oneLineOrder(held, sku, 1)));
            TimeUnit.MILLISECONDS.sleep(1_500);

            Timed otherOrder = timed(() -> http.post(route, Shop.oneLineOrder(other, sku, 1)));

            print("run time coupled", "another customer's create-order", otherOrder);
            JsonResponse heldAnswer = heldOrder.get(60, TimeUnit.SECONDS);
            System.out.printf(
                    "[costs] %s, run time coupled: the held customer's create-order answered %d%n",
                    MODE, heldAnswer.status());
            assertEquals(201, longTransaction.get(60, TimeUnit.SECONDS).status());
            if (SHARED) {
                // Held up until the gateway's read timeout to Orders (3 s) gave up on it.
                assertTrue(otherOrder.millis() >= 2_900, () -> "waited only " + otherOrder.millis() + " ms");
                otherOrder.response().problem(503);
            } else {
                assertTrue(otherOrder.millis() < 3_000, () -> "took " + otherOrder.millis() + " ms");
                assertEquals("APPROVED", otherOrder.response().expect(201).getString("status"));
            }
            // Placed in both modes in the end: in the shared database after its 503, once Orders' transaction, which
            // the gateway had stopped waiting for, got the rows.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> shop.assertCredit(other, "999"));
        } finally {
            faults.clear("customers");
            background.shutdownNow();
        }
    }

    /**
     * One database stopped: Inventory's (InventoryDS's database refuses connections, its sessions closed, the pools
     * flushed). In the shared database that is every service's database; in database per service Customers and
     * Orders answer, and the gateway's composed overview answers without Inventory's part, saying so.
     */
    @Test
    void oneDatabaseStoppedStopsEveryServiceOnlyInTheSharedDatabase() {
        String customer = shop.customer("Stopped", "1000.00");
        String sku = shop.product("Stopped", "2.00", 10);
        String order = http.post("/orders/?saga=orchestrated", Shop.oneLineOrder(customer, sku, 1))
                .expect(201)
                .getString("id");
        shop.awaitListed(customer, order);
        try {
            probe("inventory/stop");
            flushPools("flush-idle-connection-in-pool");

            Timed inventory = timed(() -> http.get("/inventory/products/" + sku));
            Timed customers = timed(() -> http.get("/customers/" + customer));
            Timed orders = timed(() -> http.get("/orders/" + order));
            Timed overview = timed(() -> http.get("/api/customers/" + customer + "/overview"));
            print("one database stopped", "Inventory GET /inventory/products/{sku}", inventory);
            print("one database stopped", "Customers GET /customers/{id}", customers);
            print("one database stopped", "Orders GET /orders/{id}", orders);
            print("one database stopped", "gateway composed overview", overview);

            assertDatabaseUnavailable(inventory);
            if (SHARED) {
                assertDatabaseUnavailable(customers);
                assertDatabaseUnavailable(orders);
                overview.response().problem(503);
            } else {
                customers.response().expect(200);
                orders.response().expect(200);
                assertFalse(overview.response().expect(200).getBoolean("complete"));
            }
        } finally {
            probe("inventory/start");
            flushPools("flush-all-connection-in-pool");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/inventory/products/" + sku).status() == 200);
    }

    private static void assertDatabaseUnavailable(Timed answer) {
        assertTrue(answer.response().problem(503).getString("type").endsWith("database-unavailable"));
    }

    private void probe(String path) {
        JsonResponse done = probe.post(path, "");
        assertEquals(200, done.status(), () -> "probe " + path + ": " + done.raw());
    }

    private void flushPools(String operation) {
        DATASOURCES.forEach(
                datasource -> management.execute(operation, "subsystem", "datasources", "xa-data-source", datasource));
    }

    /** The EAR as deployed now, replaced in place by this file's content (the console's "replace"). */
    private void replaceEar(File ear) {
        management.request(Json.createObjectBuilder()
                .add("operation", "full-replace-deployment")
                .add("address", Json.createArrayBuilder())
                .add("name", EAR)
                .add(
                        "content",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("url", ear.toURI().toString())))
                .add("enabled", true)
                .build());
    }

    /** The built EAR with Customers' WAR mapping its credit limit to the renamed column. */
    private static File customersMigrated() {
        EnterpriseArchive ear = Deployments.comptoirEar();
        WebArchive customers = ShrinkWrap.create(ZipImporter.class, "customers.war")
                .importFrom(ear.get("customers.war").getAsset().openStream())
                .as(WebArchive.class);
        customers.add(new StringAsset(MIGRATED_MAPPING), "WEB-INF/classes/META-INF/orm.xml");
        ear.delete("customers.war");
        ear.addAsModule(customers);
        File file = new File("target/comptoir-customers-migrated.ear");
        ear.as(ZipExporter.class).exportTo(file, true);
        return file;
    }

    private record Timed(JsonResponse response, long millis) {}

    private static Timed timed(Supplier<JsonResponse> call) {
        long start = System.nanoTime();
        JsonResponse response = call.get();
        return new Timed(response, (System.nanoTime() - start) / 1_000_000);
    }

    private static long millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void print(String cost, String what, Timed answer) {
        System.out.printf(
                "[costs] %s, %s: %s answered %d in %d ms%n",
                MODE, cost, what, answer.response().status(), answer.millis());
    }
}
