package dev.comptoir.inventory.catalogue.entity;

import java.math.BigDecimal;

/** A product as the API shows it. */
public record ProductView(String sku, String name, BigDecimal price, int stock) {

    public static ProductView of(Product product) {
        return new ProductView(product.sku(), product.name(), product.price(), product.stock());
    }
}
