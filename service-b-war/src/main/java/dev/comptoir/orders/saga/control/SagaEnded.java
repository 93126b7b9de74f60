package dev.comptoir.orders.saga.control;

/** CDI event: a saga reached its end (CONFIRMED or COMPENSATED); observed once that transaction commits. */
public record SagaEnded(String orderId) {}
