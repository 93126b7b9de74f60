package dev.comptoir.inventory.catalogue.entity;

import java.util.List;

/** One page of the catalogue, with the total to page through it. */
public record ProductPage(List<ProductView> items, int page, int size, long total) {}
