package dev.comptoir.customers.credit.boundary;

import dev.comptoir.customers.consumed.Consumed;
import dev.comptoir.customers.credit.control.CreditChoreography;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.inbox.Inbox;
import dev.comptoir.kit.saga.SagaParticipations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Optional;

/**
 * Subscriber group customers-credit-saga on order-events: Customers in the choreographed create-order saga.
 * A step that fails (a fault, not a refusal) rolls back and the broker redelivers it, 5 times, then parks it
 * in DLQ for an operator; each failed attempt is recorded (admin/delivery-failures).
 */
@MessageDriven(
        name = "CreditSagaListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/order-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = CreditSagaListener.GROUP),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class CreditSagaListener implements MessageListener {

    static final String GROUP = "customers-credit-saga";

    @Inject
    Inbox inbox;

    @Inject
    CreditChoreography choreography;

    @Override
    public void onMessage(Message message) {
        inbox.receiveStep(GROUP, message, this::stepFor);
    }

    private Optional<Runnable> stepFor(Event event) {
        Consumed read = Consumed.read(event).orElse(null);
        if (read instanceof Consumed.OrderSagaStarted started) {
            return Optional.of(() -> choreography.reserve(started.saga()));
        } else if (read instanceof Consumed.OrderApproved approved) {
            return Optional.of(() -> choreography.confirm(SagaParticipations.choreographed(approved.orderId())));
        } else if (read instanceof Consumed.OrderRejected rejected) {
            return Optional.of(() -> choreography.release(SagaParticipations.choreographed(rejected.orderId())));
        }
        return Optional.empty();
    }
}
