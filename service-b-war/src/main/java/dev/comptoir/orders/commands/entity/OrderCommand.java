package dev.comptoir.orders.commands.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A place-order command accepted over HTTP, stored with its queue message so its status is always known. */
@Entity
@Table(name = "ORDER_COMMAND")
public class OrderCommand {

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommandStatus status;

    @Column(nullable = false)
    private Instant acceptedAt;

    private Instant completedAt;

    @Column(length = 36)
    private String orderId;

    /** Whom the order is for, so that the gateway lets only that customer see the command. */
    @Column(length = 36)
    private String customerId;

    protected OrderCommand() {}

    public OrderCommand(String customerId, Instant acceptedAt) {
        this.id = UUID.randomUUID().toString();
        this.status = CommandStatus.QUEUED;
        this.customerId = customerId;
        this.acceptedAt = acceptedAt;
    }

    public void completed(String orderId, Instant at) {
        this.status = CommandStatus.COMPLETED;
        this.orderId = orderId;
        this.completedAt = at;
    }

    public String id() {
        return id;
    }

    public CommandStatus status() {
        return status;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String orderId() {
        return orderId;
    }

    public String customerId() {
        return customerId;
    }
}
