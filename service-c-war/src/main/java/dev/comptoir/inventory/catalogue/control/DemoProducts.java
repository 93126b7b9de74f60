package dev.comptoir.inventory.catalogue.control;

import dev.comptoir.inventory.catalogue.entity.Product;
import dev.comptoir.kit.seeding.DemoData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/** Seeds a small catalogue into an empty database, so a fresh server has something to show. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoProducts {

    @Inject
    ProductRepository products;

    @Inject
    DemoData demo;

    @PostConstruct
    void seed() {
        demo.seedIfEmpty("products", () -> products.count() == 0, () -> {
            products.add(new Product("COFFEE-1KG", "Café en grains, 1 kg", new BigDecimal("18.50"), 120));
            products.add(new Product("MUG-BLUE", "Mug bleu", new BigDecimal("7.90"), 40));
            products.add(new Product("GRINDER", "Moulin à café", new BigDecimal("49.00"), 8));
            products.add(new Product("KETTLE", "Bouilloire col de cygne", new BigDecimal("39.00"), 0));
        });
    }
}
