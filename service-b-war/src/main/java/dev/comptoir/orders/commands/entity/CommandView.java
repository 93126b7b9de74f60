package dev.comptoir.orders.commands.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/** A command's progress as the status URL shows it; {@code order} links the result once there is one. */
@JsonbNillable
public record CommandView(
        String id,
        String customerId,
        CommandStatus status,
        Instant acceptedAt,
        Instant completedAt,
        String orderId,
        String order) {

    public static CommandView of(OrderCommand command) {
        String orderId = command.orderId();
        return new CommandView(
                command.id(),
                command.customerId(),
                command.status(),
                command.acceptedAt(),
                command.completedAt(),
                orderId,
                orderId == null ? null : "/orders/" + orderId);
    }
}
