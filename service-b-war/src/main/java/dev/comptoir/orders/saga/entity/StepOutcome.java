package dev.comptoir.orders.saga.entity;

/** DONE; REFUSED by the business rules of the service asked (a 4xx answer); FAILED (a fault, a 5xx, no answer). */
public enum StepOutcome {
    DONE,
    REFUSED,
    FAILED
}
