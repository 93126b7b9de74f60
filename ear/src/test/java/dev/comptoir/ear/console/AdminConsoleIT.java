package dev.comptoir.ear.console;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.HeadlessChromium;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ManagementApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WildFly's admin console (docs/operations/admin-console.md) as an operator uses it, in Debian's headless Chromium
 * driven by playwright-core (src/test/console/admin-console-tour.mjs): Comptoir's datasources, destinations,
 * transaction statistics and deployment where the page says they are, and none of the stock ExampleDS. The same
 * server state over the management API. Each place's screenshot is saved under target/admin-console-screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminConsoleIT {

    private static final Path SCREENSHOTS =
            Path.of("target/admin-console-screenshots").toAbsolutePath();

    private final ManagementApi management = new ManagementApi();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void theStockExampleDatasourceIsGoneAndNoDefaultDatasourceIsBound() {
        List<String> datasources = childrenNames("data-source");
        assertTrue(datasources.isEmpty(), "non-XA datasources: " + datasources);
        assertEquals(
                List.of("AggregatorViewDS", "CustomersDS", "InventoryDS", "OrdersDS", "OrdersViewDS"),
                childrenNames("xa-data-source").stream().sorted().toList());
        JsonObject defaults = management.read("subsystem/ee/service/default-bindings");
        assertEquals(JsonValue.NULL, defaults.get("datasource"), defaults::toString);
    }

    @Test
    void transactionStatisticsAreOnAndCountAnOrdersCommits() {
        assertTrue(management.read("subsystem/transactions").getBoolean("statistics-enabled"));
        long before = committedTransactions();
        placeAnOrder();
        await().atMost(Duration.ofSeconds(10)).until(() -> committedTransactions() > before);
    }

    @Test
    void theConsoleShowsComptoirsDatasourcesDestinationsTransactionsAndDeployment()
            throws IOException, InterruptedException {
        // An order first: its messages and commits are what the console's figures show.
        placeAnOrder();
        Properties credentials = ManagementApi.credentials();
        HeadlessChromium.Run run = HeadlessChromium.run(
                "admin-console-tour.mjs",
                List.of(
                        "http://127.0.0.1:9990/console",
                        SCREENSHOTS.toString(),
                        Long.toString(committedTransactions())),
                credentials.getProperty("admin.user"),
                credentials.getProperty("admin.password"),
                Path.of("target/console/admin-console-tour.log"));
        run.showed(
                "the admin console",
                SCREENSHOTS,
                List.of(
                        "01-datasources.png",
                        "02-queue-fulfilment.png",
                        "03-topic-order-events.png",
                        "04-transactions.png",
                        "05-deployment.png"));
    }

    private void placeAnOrder() {
        Shop shop = new Shop(new JsonHttp(Deployments.services(base)));
        String customer = shop.customer("Admin Console", "100");
        String mug = shop.product("Mug", "5.00", 10);
        String plate = shop.product("Plate", "7.00", 10);
        shop.order(customer, mug, 1, plate, 1);
    }

    private long committedTransactions() {
        return management
                .read("subsystem/transactions")
                .getJsonNumber("number-of-committed-transactions")
                .longValue();
    }

    private List<String> childrenNames(String type) {
        JsonValue names = management.request(Json.createObjectBuilder()
                .add("operation", "read-children-names")
                .add(
                        "address",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("subsystem", "datasources")))
                .add("child-type", type)
                .build());
        return names.asJsonArray().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
