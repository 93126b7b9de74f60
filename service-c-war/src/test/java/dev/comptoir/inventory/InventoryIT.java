package dev.comptoir.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.Concurrently;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Inventory WAR deployed alone on Comptoir's server, driven over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.inventoryWar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp http;

    @BeforeEach
    void client() {
        http = new JsonHttp(base.toString());
    }

    private String newProduct(int stock) {
        String sku = "IT-" + UUID.randomUUID();
        http.post(
                        "/products",
                        "{\"sku\":\"" + sku + "\",\"name\":\"Test product\",\"price\":2.50,\"stock\":" + stock + "}")
                .expect(201);
        return sku;
    }

    private static String reservation(String orderId, String... skuQuantities) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < skuQuantities.length; i += 2) {
            lines.append(i == 0 ? "" : ",")
                    .append("{\"sku\":\"")
                    .append(skuQuantities[i])
                    .append("\",\"quantity\":")
                    .append(skuQuantities[i + 1])
                    .append('}');
        }
        return "{\"orderId\":\"" + orderId + "\",\"lines\":[" + lines + "]}";
    }

    private int stock(String sku) {
        return http.get("/products/" + sku).expect(200).getInt("stock");
    }

    @Test
    void deploysOnItsOwnAtContextRootInventoryAndIsReady() {
        assertTrue(base.getPath().startsWith("/inventory"), base::toString);
        JsonObject page = http.get("/products").expect(200);
        assertTrue(page.getJsonNumber("total").longValue() >= 4, "demo products are seeded");
        assertEquals("COFFEE-1KG", http.get("/products/COFFEE-1KG").expect(200).getString("sku"));

        JsonObject readiness = new ManagementApi().readiness();
        assertTrue(
                readiness.getJsonArray("checks").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(check -> check.getString("name").equals("inventory-database")
                                && check.getString("status").equals("UP")),
                readiness::toString);
    }

    @Test
    void reservesAllLinesOrNone() {
        String plenty = newProduct(5);
        String scarce = newProduct(1);
        String order = UUID.randomUUID().toString();

        JsonObject refused = http.post("/reservations", reservation(order, plenty, "2", scarce, "2"))
                .problem(422);
        assertEquals(scarce, refused.getString("sku"));
        assertEquals(5, stock(plenty), "no partial write");
        http.get("/reservations/" + order).problem(404);

        http.post("/reservations", reservation(order, plenty, "2", scarce, "1")).expect(201);
        http.post("/reservations", reservation(order, plenty, "2", scarce, "1")).expect(200);
        http.post("/reservations", reservation(order, plenty, "3")).problem(409);
        assertEquals(3, stock(plenty));
        assertEquals(0, stock(scarce));

        http.post("/reservations/" + order + "/release", "").expect(200);
        assertEquals(5, stock(plenty));
        assertEquals(1, stock(scarce));
        http.post("/reservations/" + order + "/confirm", "").problem(409);
    }

    @Test
    void confirmingKeepsTheStockOut() {
        String sku = newProduct(3);
        String order = UUID.randomUUID().toString();
        http.post("/reservations", reservation(order, sku, "2")).expect(201);

        assertEquals(
                "CONFIRMED",
                http.post("/reservations/" + order + "/confirm", "").expect(200).getString("status"));
        http.post("/reservations/" + order + "/release", "").problem(409);
        assertEquals(1, stock(sku));
    }

    @Test
    void answersBadInputWithProblemDocuments() {
        http.send("POST", "/reservations", "application/json", "{\"orderId\": [")
                .problem(400);
        JsonObject missing = http.post("/reservations", "{\"lines\":[]}").problem(400);
        String fields = missing.getJsonArray("violations").toString();
        assertTrue(fields.contains("orderId") && fields.contains("lines"), fields);
        http.post("/reservations", reservation("o-neg", newProduct(1), "-1")).problem(400);
        http.post("/reservations", reservation("o-unknown", "NO-SUCH-SKU", "1")).problem(422);
        http.get("/products/NO-SUCH-SKU").problem(404);
        http.get("/reservations/" + UUID.randomUUID()).problem(404);
        http.post("/products", "{\"sku\":\"bad sku!\",\"name\":\"x\",\"price\":1,\"stock\":1}")
                .problem(400);
        http.post("/products", "{\"sku\":\"COFFEE-1KG\",\"name\":\"x\",\"price\":1,\"stock\":1}")
                .problem(409);
    }

    @Test
    void aRestockAddsStockOncePerRestockId() {
        String sku = newProduct(3);
        String restock = "r-" + UUID.randomUUID();

        JsonResponse created = http.post("/products/" + sku + "/restocks", restock(restock, 5));
        JsonObject first = created.expect(201);
        assertEquals(8, first.getInt("stockAfter"));
        assertTrue(created.header("Location").endsWith("/products/" + sku + "/restocks/" + restock), created::toString);
        assertEquals(
                first,
                http.post("/products/" + sku + "/restocks", restock(restock, 5)).expect(200));
        JsonObject differs =
                http.post("/products/" + sku + "/restocks", restock(restock, 6)).problem(409);
        assertTrue(differs.getString("detail").contains(restock), differs::toString);
        http.post("/products/" + newProduct(1) + "/restocks", restock(restock, 5))
                .problem(409);

        assertEquals(8, stock(sku), "added once");
        assertEquals(
                first, http.get("/products/" + sku + "/restocks/" + restock).expect(200));
        JsonObject history = http.get("/products/" + sku + "/restocks").expect(200);
        assertEquals(5, history.getInt("restocked"));
        assertEquals(1, history.getJsonArray("items").size(), history::toString);
    }

    @Test
    void aBadRestockIsAProblemAndChangesNothing() {
        String sku = newProduct(3);

        JsonObject unknown = http.post("/products/NO-SUCH-SKU/restocks", restock("r-unknown", 5))
                .problem(404);
        assertTrue(unknown.getString("detail").contains("NO-SUCH-SKU"), unknown::toString);
        for (String quantity : List.of("0", "-4")) {
            JsonObject refused = http.post(
                            "/products/" + sku + "/restocks", restock("r-" + UUID.randomUUID(), quantity))
                    .problem(400);
            assertTrue(refused.getJsonArray("violations").toString().contains("quantity"), refused::toString);
        }
        JsonObject noId =
                http.post("/products/" + sku + "/restocks", "{\"quantity\":2}").problem(400);
        assertTrue(noId.getJsonArray("violations").toString().contains("restockId"), noId::toString);
        http.post("/products/" + sku + "/restocks", restock("not/a segment", 2)).problem(400);
        http.send("POST", "/products/" + sku + "/restocks", "application/json", "{\"quantity\": [")
                .problem(400);
        http.get("/products/NO-SUCH-SKU/restocks").problem(404);
        http.get("/products/" + sku + "/restocks/r-unknown").problem(404);

        assertEquals(3, stock(sku), "nothing changed");
        assertEquals(0, http.get("/products/" + sku + "/restocks").expect(200).getInt("restocked"));
    }

    private static String restock(String restockId, Object quantity) {
        return "{\"restockId\":\"" + restockId + "\",\"quantity\":" + quantity + "}";
    }

    @Test
    void fiftyConcurrentReservationsAgainstStockTenGiveExactlyTenSuccesses() throws Exception {
        String sku = newProduct(10);

        var outcomes = Concurrently.run(
                50,
                i -> http.post("/reservations", reservation(UUID.randomUUID().toString(), sku, "1"))
                        .status());

        assertEquals(10, outcomes.getOrDefault(201, 0L), outcomes::toString);
        assertEquals(40, outcomes.getOrDefault(422, 0L), outcomes::toString);
        assertEquals(0, stock(sku));
    }
}
