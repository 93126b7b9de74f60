package dev.comptoir.inventory.fulfilment.control;

import static dev.comptoir.inventory.messaging.InventoryMessaging.INVENTORY_EVENTS;
import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.inventory.catalogue.control.ProductRepository;
import dev.comptoir.inventory.fulfilment.entity.Pick;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Picks order lines; when an order's last line is picked, tells the others (OrderPicked on inventory-events). */
@ApplicationScoped
@Transactional
public class Picking {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ProductRepository products;

    @Inject
    Messages messages;

    /** A SKU not in the catalogue is refused (422): the message is retried, then dead-lettered until fixed. */
    public void pick(Event event, String worker) {
        JsonObject line = event.payload();
        String sku = line.getString("sku");
        products.requireKnown(sku);
        String orderId = line.getString("orderId");
        int lineCount = line.getInt("lineCount");
        em.persist(new Pick(
                orderId, line.getInt("lineNo"), lineCount, sku, line.getInt("quantity"), worker, event.occurredAt()));
        em.flush();
        if (picksOf(orderId).size() == lineCount) {
            messages.publish(
                    INVENTORY_EVENTS,
                    Event.of(
                            "OrderPicked",
                            1,
                            orderId,
                            JSON.createObjectBuilder()
                                    .add("orderId", orderId)
                                    .add("lines", lineCount)
                                    .build()));
        }
    }

    public List<Pick> picksOf(String orderId) {
        return em.createQuery("SELECT p FROM Pick p WHERE p.orderId = :order ORDER BY p.sequence", Pick.class)
                .setParameter("order", orderId)
                .getResultList();
    }
}
