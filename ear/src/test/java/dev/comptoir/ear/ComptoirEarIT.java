package dev.comptoir.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole of Comptoir in one EAR on one server: the four WARs together, driven over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComptoirEarIT {

    private static final List<String> DATASOURCES =
            List.of("CustomersDS", "OrdersDS", "OrdersViewDS", "InventoryDS", "AggregatorViewDS");
    private static final List<String> QUEUES = List.of("fulfilment", "DLQ", "ExpiryQueue");
    private static final List<String> TOPICS =
            List.of("order-events", "customer-events", "inventory-events", "breaker-transitions");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp http;
    private Shop shop;

    @BeforeEach
    void client() {
        http = Tokens.admin(new JsonHttp("http://" + base.getHost() + ":" + base.getPort() + "/"));
        shop = new Shop(http);
    }

    @Test
    void deploysTheFourWarsAtTheirContextRoots() {
        http.get("/customers/").expect(200);
        http.get("/orders/?customerId=nobody").array();
        http.get("/inventory/products").expect(200);
        assertEquals(
                "urn:comptoir:problem:order-not-found",
                http.get("/api/orders/" + UUID.randomUUID() + "/details")
                        .problem(404)
                        .getString("type"));
    }

    @Test
    void composesAnOrderWithItsCustomerAndPricedLines() {
        String customer = shop.customer("Composite Client", "500");
        String beans = shop.product("Beans", "12.50", 10);
        String cup = shop.product("Cup", "4.20", 10);
        String order = shop.order(customer, beans, 2, cup, 3);

        JsonObject details = http.get("/api/orders/" + order + "/details").expect(200);

        assertEquals(order, details.getString("orderId"));
        assertEquals("PLACED", details.getString("status"));
        assertEquals("Composite Client", details.getJsonObject("customer").getString("name"));
        assertEquals(
                0,
                new BigDecimal("500")
                        .compareTo(details.getJsonObject("customer")
                                .getJsonNumber("creditAvailable")
                                .bigDecimalValue()));
        JsonArray lines = details.getJsonArray("lines");
        assertEquals("Beans", lines.getJsonObject(0).getString("name"));
        assertEquals(
                0,
                new BigDecimal("25.00")
                        .compareTo(lines.getJsonObject(0)
                                .getJsonNumber("lineTotal")
                                .bigDecimalValue()));
        assertEquals(
                0,
                new BigDecimal("12.60")
                        .compareTo(lines.getJsonObject(1)
                                .getJsonNumber("lineTotal")
                                .bigDecimalValue()));
        assertEquals(
                0,
                new BigDecimal("37.60").compareTo(details.getJsonNumber("total").bigDecimalValue()));
    }

    @Test
    void everyServiceAnswersBadInputWithAProblemDocument() {
        http.send("POST", "/customers/", "application/json", "{oops").problem(400);
        http.send("POST", "/orders/", "application/json", "[1,").problem(400);
        http.send("POST", "/inventory/reservations", "application/json", "{\"orderId\"")
                .problem(400);
        http.post("/orders/", "{\"customerId\":\"c\",\"lines\":[{\"sku\":\"X\",\"quantity\":0}]}")
                .problem(400);
        http.post("/inventory/reservations", "{\"orderId\":\"o\",\"lines\":[{\"sku\":\"NOPE\",\"quantity\":1}]}")
                .problem(422);
        http.get("/customers/" + UUID.randomUUID()).problem(404);
        http.get("/inventory/products/NOPE").problem(404);
        http.get("/no/such/route").problem(404);
    }

    @Test
    void managementApiShowsPoolStatisticsOfEveryDatasourceAndMessageCountsOfEveryDestination() {
        shop.customer("Statistics", "1");
        ManagementApi management = new ManagementApi();

        for (String datasource : DATASOURCES) {
            JsonObject pool =
                    management.read("subsystem/datasources/xa-data-source/" + datasource + "/statistics/pool");
            assertTrue(pool.containsKey("ActiveCount") && pool.containsKey("AvailableCount"), datasource + ": " + pool);
        }
        JsonObject customersPool = management.read("subsystem/datasources/xa-data-source/CustomersDS/statistics/pool");
        assertTrue(customersPool.getInt("CreatedCount") > 0, "statistics are enabled and counting: " + customersPool);

        for (String queue : QUEUES) {
            JsonObject destination = management.read("subsystem/messaging-activemq/server/default/jms-queue/" + queue);
            assertTrue(destination.getJsonNumber("message-count").longValue() >= 0, queue + ": " + destination);
        }
        for (String topic : TOPICS) {
            JsonObject destination = management.read("subsystem/messaging-activemq/server/default/jms-topic/" + topic);
            assertTrue(destination.getJsonNumber("message-count").longValue() >= 0, topic + ": " + destination);
        }
    }
}
