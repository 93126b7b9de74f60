package dev.comptoir.customers.credit.entity;

/** RESERVED holds credit; CONFIRMED consumes it; RELEASED gave it back. The last two are final. */
public enum ReservationStatus {
    RESERVED,
    CONFIRMED,
    RELEASED
}
