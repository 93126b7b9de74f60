package dev.comptoir.orders.saga.entity;

/** RUNNING until the LRA ends: CONFIRMED (closed, order approved) or COMPENSATED (cancelled, order rejected). */
public enum SagaState {
    RUNNING,
    CONFIRMED,
    COMPENSATED
}
