package dev.comptoir.inventory.stock.entity;

/** RESERVED holds stock; CONFIRMED ships it; RELEASED put it back. The last two are final. */
public enum ReservationStatus {
    RESERVED,
    CONFIRMED,
    RELEASED
}
