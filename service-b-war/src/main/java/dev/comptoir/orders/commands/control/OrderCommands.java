package dev.comptoir.orders.commands.control;

import static dev.comptoir.kit.json.Jsonp.JSON;
import static dev.comptoir.orders.messaging.OrdersMessaging.ORDER_COMMANDS;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.commands.entity.CommandStatus;
import dev.comptoir.orders.commands.entity.CommandView;
import dev.comptoir.orders.commands.entity.OrderCommand;
import dev.comptoir.orders.placement.control.OrderLifecycle;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * HTTP to JMS: a command accepted now (row and message in one transaction), worked later by the worker; and the
 * commands outside producers send to order-intake, validated before they are worked.
 */
@ApplicationScoped
@Transactional
public class OrderCommands {

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    @Inject
    Messages messages;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    Validator validator;

    public OrderCommand accept(PlaceOrder command) {
        OrderCommand accepted = new OrderCommand(command.customerId(), Instant.now());
        em.persist(accepted);
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        command.lines()
                .forEach(line -> lines.add(
                        JSON.createObjectBuilder().add("sku", line.sku()).add("quantity", line.quantity())));
        JsonObject body = JSON.createObjectBuilder()
                .add("commandId", accepted.id())
                .add("customerId", command.customerId())
                .add("lines", lines)
                .build();
        messages.enqueue(ORDER_COMMANDS, Event.of(PlaceOrder.TYPE, PlaceOrder.SCHEMA_VERSION, accepted.id(), body));
        return accepted;
    }

    /** Runs a queued command once; the inbox already drops redeliveries, the status check is the second guard. */
    public void work(Event event) {
        OrderCommand command = em.find(OrderCommand.class, event.key());
        if (command == null) {
            // Accepted commands are stored with their message: this one came from elsewhere. Dead-letter it.
            throw new IllegalStateException("No accepted command " + event.key());
        }
        if (command.status() != CommandStatus.QUEUED) {
            return;
        }
        // The command id is the idempotency key: worked twice, it still places one order.
        command.completed(
                lifecycle
                        .place(placeOrderIn(event), event.id(), command.id())
                        .order()
                        .id(),
                Instant.now());
    }

    /**
     * A PlaceOrder from an outside producer (order-intake), checked as the HTTP API checks one. A refused command
     * changes nothing: it fails with what is wrong (recorded as a delivery failure) and ends in the dead-letter queue.
     * Its event id is the idempotency key, so a copy sent again places no second order.
     */
    public void intake(Event event) {
        if (!PlaceOrder.TYPE.equals(event.type()) || event.schemaVersion() != PlaceOrder.SCHEMA_VERSION) {
            throw new IllegalArgumentException("Refused: order-intake takes PlaceOrder version 1, not " + event.type()
                    + " version " + event.schemaVersion());
        }
        PlaceOrder command = placeOrderIn(event);
        String violations = validator.validate(command).stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("Refused PlaceOrder " + event.id() + ": " + violations);
        }
        lifecycle.place(command, event.id(), "intake/" + event.id());
    }

    private static PlaceOrder placeOrderIn(Event event) {
        try {
            JsonObject body = event.payload();
            return new PlaceOrder(
                    body.getString("customerId"),
                    body.getJsonArray("lines").stream()
                            .map(JsonValue::asJsonObject)
                            .map(line -> new PlaceOrder.Line(line.getString("sku"), line.getInt("quantity")))
                            .toList());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "Refused: not a PlaceOrder (customerId, lines of sku and quantity): " + e.getMessage(), e);
        }
    }

    public CommandView statusOf(String id) {
        OrderCommand command = em.find(OrderCommand.class, id);
        if (command == null) {
            throw ProblemException.notFound("command", id);
        }
        return CommandView.of(command);
    }
}
