package dev.comptoir.inventory.stock.boundary;

import dev.comptoir.inventory.consumed.Consumed;
import dev.comptoir.inventory.stock.control.StockChoreography;
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
 * Subscriber group inventory-order-ends on order-events: the end of a choreographed saga, as Orders
 * decided it: OrderApproved confirms the saga's stock, OrderRejected puts it back (or leaves a tombstone if
 * it is not reserved yet). A step that fails is redelivered, then parked in DLQ for an operator.
 */
@MessageDriven(
        name = "OrderEndListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/order-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderEndListener.GROUP),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class OrderEndListener implements MessageListener {

    static final String GROUP = "inventory-order-ends";

    @Inject
    Inbox inbox;

    @Inject
    StockChoreography choreography;

    @Override
    public void onMessage(Message message) {
        inbox.receiveStep(GROUP, message, this::stepFor);
    }

    private Optional<Runnable> stepFor(Event event) {
        Consumed read = Consumed.read(event).orElse(null);
        if (read instanceof Consumed.OrderApproved approved) {
            return Optional.of(() -> choreography.confirm(SagaParticipations.choreographed(approved.orderId())));
        } else if (read instanceof Consumed.OrderRejected rejected) {
            return Optional.of(() -> choreography.release(SagaParticipations.choreographed(rejected.orderId())));
        }
        return Optional.empty();
    }
}
