/**
 * Backends for frontends (course pattern): {@code /bff/web} and {@code /bff/mobile} serve the same use
 * cases from the same composers, and differ only in how they shape the answer: the web gets every
 * detail, mobile a compact page that fits one round trip on a small screen.
 */
package dev.comptoir.aggregator.bff;
