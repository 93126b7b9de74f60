package dev.comptoir.inventory.restock.entity;

import java.util.List;

/** A product's restocks, oldest first, and the units they added in all. */
public record RestockHistory(String sku, long restocked, List<RestockView> items) {}
