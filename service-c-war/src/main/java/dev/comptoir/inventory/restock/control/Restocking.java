package dev.comptoir.inventory.restock.control;

import dev.comptoir.inventory.catalogue.control.ProductRepository;
import dev.comptoir.inventory.catalogue.entity.Product;
import dev.comptoir.inventory.restock.entity.Restock;
import dev.comptoir.inventory.restock.entity.RestockHistory;
import dev.comptoir.inventory.restock.entity.RestockProduct;
import dev.comptoir.inventory.restock.entity.RestockView;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Adds received stock to a product in one local transaction with the restock's row and its event. The
 * product is locked first, as for a reservation, so a restock and the saga's reservations of that product
 * queue up, and two requests with one restock id for one product run one after the other: the second sees
 * the first's row. The same id for two products at once meets on the row's primary key (the caller retries).
 */
@ApplicationScoped
@Transactional
public class Restocking {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ProductRepository products;

    @Inject
    RestockPublisher events;

    /** @return the restock, and whether this call made it (false: the same one existed). */
    public Restocked restock(String sku, RestockProduct command) {
        Product product = products.lockForRestock(sku);
        Restock existing = em.find(Restock.class, command.restockId());
        if (existing != null) {
            if (!existing.sameAs(sku, command)) {
                throw ProblemException.conflict(
                        "restock-differs",
                        "Restock id already used",
                        "Restock " + command.restockId() + " added " + existing.quantity() + " of " + existing.sku());
            }
            return new Restocked(existing, false);
        }
        product.restock(command.quantity());
        Restock restock = new Restock(command.restockId(), sku, command.quantity(), product.stock());
        em.persist(restock);
        em.flush();
        events.restocked(restock);
        return new Restocked(restock, true);
    }

    public RestockView get(String sku, String restockId) {
        Restock restock = em.find(Restock.class, restockId);
        if (restock == null || !restock.sku().equals(sku)) {
            throw ProblemException.notFound("restock", restockId);
        }
        return RestockView.of(restock);
    }

    public RestockHistory history(String sku) {
        products.get(sku);
        List<RestockView> items = em.createQuery(
                        "SELECT r FROM Restock r WHERE r.sku = :sku ORDER BY r.restockedAt, r.restockId", Restock.class)
                .setParameter("sku", sku)
                .getResultStream()
                .map(RestockView::of)
                .toList();
        return new RestockHistory(
                sku, items.stream().mapToLong(RestockView::quantity).sum(), items);
    }

    public record Restocked(Restock restock, boolean created) {}
}
