package dev.comptoir.orders.placement.entity;

/** So many units of one SKU, numbered within the order. Prices are Inventory's: the order keeps what was asked. */
public record OrderLine(int lineNo, String sku, int quantity) {}
