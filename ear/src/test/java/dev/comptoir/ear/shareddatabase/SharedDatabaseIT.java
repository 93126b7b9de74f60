package dev.comptoir.ear.shareddatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Overviews;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import java.math.BigDecimal;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared database's gains, through the gateway: create-order as one local transaction, the overview as one
 * SQL join. Its tests run when the build runs in that mode ({@code -Pshared-database}, which the ear passes on as
 * {@code comptoir.database.mode}); in the default mode, database per service, the one test here checks that those
 * routes do not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharedDatabaseIT {

    private static final String MODE = "comptoir.database.mode";
    private static final String SHARED = "shared-database";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp http;
    private Shop shop;
    private Faults faults;

    @BeforeEach
    void client() {
        String server = "http://" + base.getHost() + ":" + base.getPort() + "/";
        http = Tokens.admin(new JsonHttp(server));
        shop = new Shop(http);
        faults = new Faults(server);
    }

    @AfterEach
    void clearFaults() {
        faults.clear("orders");
    }

    @Test
    @EnabledIfSystemProperty(named = MODE, matches = SHARED)
    void aFailureAfterTheStockUpdateRollsBackTheCreditAndTheOrderTooWithNoCompensation() {
        String customer = shop.customer("One Transaction", "1000.00");
        String sku = shop.product("Shared", "10.00", 5);

        faults.failSteps("orders", "shared-database/after-stock");
        http.post("/api/shared-database/orders", Shop.oneLineOrder(customer, sku, 2))
                .problem(503);
        faults.clear("orders");

        // Each owner reads its own table: the credit and the stock are as they were.
        shop.assertCredit(customer, "1000");
        assertEquals(5, http.get("/inventory/products/" + sku).expect(200).getInt("stock"));

        String placed = http.post("/api/shared-database/orders", Shop.oneLineOrder(customer, sku, 3))
                .expect(201)
                .getString("id");
        assertEquals("APPROVED", http.get("/orders/" + placed).expect(200).getString("status"));
        shop.assertCredit(customer, "970");
        assertEquals(2, http.get("/inventory/products/" + sku).expect(200).getInt("stock"));
        // The customer's orders are the second one only: the failed one's events were never committed.
        shop.awaitListed(customer, placed);
        // Nothing a compensation could undo: no saga, no credit reservation, no stock reservation.
        http.get("/orders/" + placed + "/saga").problem(404);
        assertEquals(
                0,
                http.get("/customers/" + customer + "/credit-reservations")
                        .array()
                        .size());
        http.get("/inventory/reservations/" + placed).problem(404);
    }

    @Test
    @EnabledIfSystemProperty(named = MODE, matches = SHARED)
    void refusesAnOrderBeyondTheCreditAndWritesNothing() {
        String customer = shop.customer("Short", "10.00");
        String sku = shop.product("Dear", "10.00", 5);
        assertTrue(http.post("/api/shared-database/orders", Shop.oneLineOrder(customer, sku, 2))
                .problem(422)
                .getString("type")
                .endsWith("insufficient-credit"));
        shop.assertCredit(customer, "10");
        assertEquals(5, http.get("/inventory/products/" + sku).expect(200).getInt("stock"));
    }

    @Test
    @EnabledIfSystemProperty(named = MODE, matches = SHARED)
    void theJoinedOverviewEqualsTheComposedOne() {
        String customer = shop.customer("Joined", "500.00");
        String sku = shop.product("Joined", "4.00", 50);
        String other = shop.product("Joined too", "1.50", 50);
        String approved = http.post("/api/shared-database/orders", Shop.oneLineOrder(customer, sku, 5))
                .expect(201)
                .getString("id");
        String placed = shop.order(customer, sku, 1, other, 2);
        shop.awaitListed(customer, approved, placed);

        var joined = http.get("/api/shared-database/customers/" + customer + "/overview")
                .expect(200);
        var composed = http.get("/api/customers/" + customer + "/overview").expect(200);
        assertEquals(Overviews.comparable(composed), Overviews.comparable(joined));
        assertEquals(2, joined.getInt("openOrderCount"));
        assertEquals(
                0,
                new BigDecimal("480")
                        .compareTo(joined.getJsonNumber("creditAvailable").bigDecimalValue()));
    }

    @Test
    @DisabledIfSystemProperty(named = MODE, matches = SHARED)
    void databasePerServiceHasNoSharedDatabaseRoutes() {
        String customer = shop.customer("Per Service", "100.00");
        String sku = shop.product("Per Service", "1.00", 5);
        assertTrue(http.post("/api/shared-database/orders", Shop.oneLineOrder(customer, sku, 1))
                .problem(404)
                .getString("type")
                .endsWith("shared-database-only"));
        assertTrue(http.get("/api/shared-database/customers/" + customer + "/overview")
                .problem(404)
                .getString("type")
                .endsWith("shared-database-only"));
        shop.assertCredit(customer, "100");
        assertEquals(5, http.get("/inventory/products/" + sku).expect(200).getInt("stock"));
    }
}
