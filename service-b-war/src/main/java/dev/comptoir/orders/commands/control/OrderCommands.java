package dev.comptoir.orders.commands.control;

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
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** HTTP to JMS: a command accepted now (row and message in one transaction), worked later by the worker. */
@ApplicationScoped
@Transactional
public class OrderCommands {

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    @Inject
    Messages messages;

    @Inject
    OrderLifecycle lifecycle;

    public OrderCommand accept(PlaceOrder command) {
        OrderCommand accepted = new OrderCommand(command.customerId(), Instant.now());
        em.persist(accepted);
        JsonArrayBuilder lines = Json.createArrayBuilder();
        command.lines()
                .forEach(line -> lines.add(
                        Json.createObjectBuilder().add("sku", line.sku()).add("quantity", line.quantity())));
        JsonObject body = Json.createObjectBuilder()
                .add("commandId", accepted.id())
                .add("customerId", command.customerId())
                .add("lines", lines)
                .build();
        messages.enqueue(ORDER_COMMANDS, Event.of("PlaceOrder", 1, accepted.id(), body));
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
        JsonObject body = event.payload();
        PlaceOrder placeOrder = new PlaceOrder(
                body.getString("customerId"),
                body.getJsonArray("lines").stream()
                        .map(JsonValue::asJsonObject)
                        .map(line -> new PlaceOrder.Line(line.getString("sku"), line.getInt("quantity")))
                        .toList());
        // The command id is the idempotency key: worked twice, it still places one order.
        command.completed(
                lifecycle.place(placeOrder, event.id(), command.id()).order().id(), Instant.now());
    }

    public CommandView statusOf(String id) {
        OrderCommand command = em.find(OrderCommand.class, id);
        if (command == null) {
            throw ProblemException.notFound("command", id);
        }
        return CommandView.of(command);
    }
}
