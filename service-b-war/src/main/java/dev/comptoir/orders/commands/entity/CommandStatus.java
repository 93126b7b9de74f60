package dev.comptoir.orders.commands.entity;

/** Where a queued command stands. */
public enum CommandStatus {
    /** Accepted and on the order-commands queue. */
    QUEUED,
    /** Worked: the order it placed exists. */
    COMPLETED
}
