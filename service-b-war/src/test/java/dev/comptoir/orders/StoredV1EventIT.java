package dev.comptoir.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.orders.eventstore.entity.StoredEvent;
import dev.comptoir.testing.InContainer;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ServiceUrls;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schema evolution against a real stored event: an OrderPlaced of schema version 1 (lines without
 * numbers, as the first release wrote them) is put in the event store as it was written then, and
 * everything that reads the order reads it as the current version.
 */
@ExtendWith(ArquillianExtension.class)
class StoredV1EventIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.runnable(
                Deployments.ordersWar().addClass(StoredV1EventIT.class).addPackage(JsonHttp.class.getPackage()));
    }

    @PersistenceContext(unitName = "orders")
    EntityManager store;

    @Inject
    UserTransaction transaction;

    private final JsonHttp http = new JsonHttp(ServiceUrls.of("orders"));

    @Test
    void anOrderPlacedOfSchemaVersionOneIsReadAsTheCurrentVersionEverywhere() throws Exception {
        String id = UUID.randomUUID().toString();
        String customer = UUID.randomUUID().toString();
        storeAsWrittenByTheFirstRelease(id, customer);

        JsonObject order = http.get(id).expect(200);
        assertEquals(1, line(order.getJsonArray("lines"), 0).getInt("lineNo"));
        assertEquals(2, line(order.getJsonArray("lines"), 1).getInt("lineNo"));
        JsonObject placed = http.get(id + "/events").array().getJsonObject(0);
        assertEquals(2, placed.getInt("schemaVersion"), placed::toString);
        assertEquals(1, placed.getInt("storedSchemaVersion"), placed::toString);

        // A command continues the order from the upcast event: the next line is number 3.
        JsonResponse added = http.post(id + "/lines", "{\"sku\":\"KETTLE\",\"quantity\":1}", "If-Match", "\"1\"");
        assertEquals(200, added.status(), added::raw);
        assertEquals(3, line(http.get(id).expect(200).getJsonArray("lines"), 2).getInt("lineNo"));
        // The views, fed by the command's event, read the whole stream from the store, v1 event included.
        JsonArray listed = http.get("?customerId=" + customer + "&minPosition=" + added.header("Event-Position"))
                .array()
                .getJsonObject(0)
                .getJsonArray("lines");
        assertEquals(3, listed.size(), listed::toString);
        assertEquals(1, line(listed, 0).getInt("lineNo"));
        assertEquals("TEAPOT", line(listed, 1).getString("sku"));
        assertEquals(2, line(listed, 1).getInt("lineNo"));
    }

    private void storeAsWrittenByTheFirstRelease(String id, String customer) throws Exception {
        String v1 = "{\"orderId\":\"" + id + "\",\"customerId\":\"" + customer + "\",\"placedAt\":\""
                + Instant.now().truncatedTo(ChronoUnit.MICROS)
                + "\",\"lines\":[{\"sku\":\"MUG-BLUE\",\"quantity\":2},{\"sku\":\"TEAPOT\",\"quantity\":1}]}";
        transaction.begin();
        store.persist(new StoredEvent(
                UUID.randomUUID().toString(), id, 1, "OrderPlaced", 1, v1, "v1-test", null, Instant.now()));
        transaction.commit();
    }

    private static JsonObject line(JsonArray lines, int index) {
        return lines.getJsonObject(index);
    }
}
