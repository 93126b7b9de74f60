package dev.comptoir.customers.credit.boundary;

import dev.comptoir.customers.consumed.Consumed;
import dev.comptoir.customers.credit.control.CreditChoreography;
import dev.comptoir.kit.messaging.inbox.Inbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Optional;

/**
 * Subscriber group customers-stock-refusals on inventory-events: when Inventory refuses a choreographed
 * saga's stock (OutOfStock), Customers gives the credit back at once, without waiting for Orders to reject
 * the order (its OrderRejected then finds the saga compensated already).
 */
@MessageDriven(
        name = "StockRefusalListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/inventory-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = StockRefusalListener.GROUP),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class StockRefusalListener implements MessageListener {

    static final String GROUP = "customers-stock-refusals";

    @Inject
    Inbox inbox;

    @Inject
    CreditChoreography choreography;

    @Override
    public void onMessage(Message message) {
        inbox.receiveStep(GROUP, message, event -> {
            if (Consumed.read(event).orElse(null) instanceof Consumed.OutOfStock refused) {
                return Optional.of(() -> choreography.release(refused.sagaId()));
            }
            return Optional.empty();
        });
    }
}
