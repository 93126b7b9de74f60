package dev.comptoir.inventory.catalogue.control;

import dev.comptoir.inventory.catalogue.entity.Product;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/** Seeds a small catalogue into an empty database, so a fresh server has something to show. */
@Singleton
@Startup
public class DemoProducts {

    @Inject
    ProductRepository products;

    @PostConstruct
    void seed() {
        if (products.count() > 0) {
            return;
        }
        products.add(new Product("COFFEE-1KG", "Café en grains, 1 kg", new BigDecimal("18.50"), 120));
        products.add(new Product("MUG-BLUE", "Mug bleu", new BigDecimal("7.90"), 40));
        products.add(new Product("GRINDER", "Moulin à café", new BigDecimal("49.00"), 8));
        products.add(new Product("KETTLE", "Bouilloire col de cygne", new BigDecimal("39.00"), 0));
    }
}
