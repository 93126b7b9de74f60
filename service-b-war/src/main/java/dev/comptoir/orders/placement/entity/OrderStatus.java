package dev.comptoir.orders.placement.entity;

/** Where an order stands; the create-order saga moves it from PLACED to APPROVED or REJECTED. */
public enum OrderStatus {
    PLACED,
    APPROVED,
    REJECTED,
    CANCELLED,
    SHIPPED;

    /** Still in progress: not rejected, cancelled or shipped. */
    public boolean isOpen() {
        return this == PLACED || this == APPROVED;
    }
}
