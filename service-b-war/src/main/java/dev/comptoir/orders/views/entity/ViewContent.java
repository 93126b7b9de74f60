package dev.comptoir.orders.views.entity;

/** What readers see: the generation, the position it has applied, and the content hash of its rows. */
public record ViewContent(long generation, long position, String hash) {}
