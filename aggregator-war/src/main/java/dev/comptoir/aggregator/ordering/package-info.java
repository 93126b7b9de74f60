/**
 * Writes through the gateway: placing an order. Transformation (a v1 route whose older shape, with renamed
 * fields, is mapped onto v2, and whose answer is shaped back into v1), protocol conversion ({@code Prefer:
 * respond-async}: the command goes on the {@code order-commands} JMS queue through Orders' HTTP-to-JMS path,
 * 202 and a status URL under /api), the caller's token carried downstream, a customer placing orders only for
 * themselves, and the response cache's entries that the write makes stale dropped at once.
 */
package dev.comptoir.aggregator.ordering;
