package dev.comptoir.aggregator.inventory.entity;

import java.math.BigDecimal;

/** The fields of an Inventory product that the aggregator uses; others are ignored. */
public record Product(String sku, String name, BigDecimal price, int stock) {}
