package dev.comptoir.inventory.catalogue.control;

import dev.comptoir.inventory.catalogue.entity.Product;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Products in InventoryDS. */
@ApplicationScoped
public class ProductRepository {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    public Product add(Product product) {
        if (em.find(Product.class, product.sku()) != null) {
            throw ProblemException.conflict(
                    "sku-taken", "SKU already used", "A product with SKU " + product.sku() + " exists");
        }
        em.persist(product);
        return product;
    }

    public Product get(String sku) {
        Product product = em.find(Product.class, sku);
        if (product == null) {
            throw ProblemException.notFound("product", sku);
        }
        return product;
    }

    /** The product, locked until the transaction ends (SELECT ... FOR UPDATE), or a 422 if the SKU is unknown. */
    public Product lockForStockChange(String sku) {
        Product product = em.find(Product.class, sku, LockModeType.PESSIMISTIC_WRITE);
        if (product == null) {
            throw ProblemException.unprocessable("unknown-product", "Unknown product", "No product with SKU " + sku);
        }
        return product;
    }

    /** The product a URL names, locked like {@link #lockForStockChange}, or a 404 if the SKU is unknown. */
    public Product lockForRestock(String sku) {
        Product product = em.find(Product.class, sku, LockModeType.PESSIMISTIC_WRITE);
        if (product == null) {
            throw ProblemException.notFound("product", sku);
        }
        return product;
    }

    public void requireKnown(String sku) {
        if (em.find(Product.class, sku) == null) {
            throw ProblemException.unprocessable("unknown-product", "Unknown product", "No product with SKU " + sku);
        }
    }

    public List<Product> page(int page, int size) {
        return em.createQuery("SELECT p FROM Product p ORDER BY p.sku", Product.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Product p", Long.class).getSingleResult();
    }
}
