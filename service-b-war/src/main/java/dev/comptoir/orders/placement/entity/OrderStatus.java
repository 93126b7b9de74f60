package dev.comptoir.orders.placement.entity;

/** Where an order stands; the create-order saga moves it from PLACED to APPROVED or REJECTED. */
public enum OrderStatus {
    PLACED,
    APPROVED,
    REJECTED,
    CANCELLED,
    SHIPPED
}
