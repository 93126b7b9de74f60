package dev.comptoir.orders.saga.control;

import static dev.comptoir.kit.json.Jsonp.JSON;
import static dev.comptoir.orders.messaging.OrdersMessaging.ORDER_EVENTS;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import dev.comptoir.kit.saga.SagaParticipations;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.saga.entity.StepOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Starts a choreographed saga: OrderSagaStarted (schema version 1) on order-events, with what Customers
 * and Inventory need to act on it (the customer, the amount, the lines), in the transaction that records
 * the step. The order's own OrderPlaced is every order's, saga or not, and says nothing of a saga, so it
 * does not start one.
 */
@ApplicationScoped
@Transactional
public class SagaEventPublisher {

    @Inject
    Messages messages;

    @Inject
    SagaLog log;

    public void started(CustomerOrder order, BigDecimal total, Instant deadline) {
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        order.lines()
                .forEach(line -> lines.add(
                        JSON.createObjectBuilder().add("sku", line.sku()).add("quantity", line.quantity())));
        messages.publish(
                ORDER_EVENTS,
                Event.of(
                        "OrderSagaStarted",
                        1,
                        order.id(),
                        JSON.createObjectBuilder()
                                .add("sagaId", SagaParticipations.choreographed(order.id()))
                                .add("orderId", order.id())
                                .add("customerId", order.customerId())
                                .add("amount", total)
                                .add("lines", lines)
                                .add("deadline", deadline.toString())
                                .build()));
        log.record(order.id(), "start-saga", "orders", StepOutcome.DONE, "OrderSagaStarted published");
    }
}
