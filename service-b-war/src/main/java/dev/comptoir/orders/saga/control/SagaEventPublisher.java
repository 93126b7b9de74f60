package dev.comptoir.orders.saga.control;

import static dev.comptoir.orders.messaging.OrdersMessaging.ORDER_EVENTS;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import dev.comptoir.kit.saga.SagaParticipations;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.saga.entity.OrderSagaStarted;
import dev.comptoir.orders.saga.entity.StepOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Starts a choreographed saga: {@link OrderSagaStarted} on order-events, in the transaction that records
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
        OrderSagaStarted started = new OrderSagaStarted(
                SagaParticipations.choreographed(order.id()),
                order.id(),
                order.customerId(),
                total,
                order.lines().stream()
                        .map(line -> new OrderSagaStarted.Line(line.sku(), line.quantity()))
                        .toList(),
                deadline);
        messages.publish(
                ORDER_EVENTS,
                Event.of(OrderSagaStarted.TYPE, OrderSagaStarted.SCHEMA_VERSION, order.id(), started.toJson()));
        log.record(order.id(), "start-saga", "orders", StepOutcome.DONE, OrderSagaStarted.TYPE + " published");
    }
}
