package dev.comptoir.inventory.fulfilment.control;

import static dev.comptoir.inventory.messaging.InventoryMessaging.INVENTORY_EVENTS;

import dev.comptoir.inventory.catalogue.control.ProductRepository;
import dev.comptoir.inventory.consumed.Consumed;
import dev.comptoir.inventory.events.OrderPicked;
import dev.comptoir.inventory.fulfilment.entity.Pick;
import dev.comptoir.kit.messaging.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Picks order lines; when an order's last line is picked, tells the others ({@link OrderPicked} on inventory-events). */
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
    public void pick(Consumed.PickLine line, Instant occurredAt, String worker) {
        products.requireKnown(line.sku());
        em.persist(new Pick(
                line.orderId(), line.lineNo(), line.lineCount(), line.sku(), line.quantity(), worker, occurredAt));
        em.flush();
        if (picksOf(line.orderId()).size() == line.lineCount()) {
            messages.publish(INVENTORY_EVENTS, new OrderPicked(line.orderId(), line.lineCount()).toMessage());
        }
    }

    public List<Pick> picksOf(String orderId) {
        return em.createQuery("SELECT p FROM Pick p WHERE p.orderId = :order ORDER BY p.sequence", Pick.class)
                .setParameter("order", orderId)
                .getResultList();
    }
}
