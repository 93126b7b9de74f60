package dev.comptoir.inventory.stock.boundary;

import dev.comptoir.inventory.consumed.Consumed;
import dev.comptoir.inventory.stock.control.StockChoreography;
import dev.comptoir.kit.messaging.inbox.Inbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Optional;

/**
 * Subscriber group inventory-stock-saga on customer-events: once Customers has held a choreographed saga's
 * credit (SagaCreditReserved), Inventory holds its stock.
 */
@MessageDriven(
        name = "StockSagaListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/customer-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = StockSagaListener.GROUP),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class StockSagaListener implements MessageListener {

    static final String GROUP = "inventory-stock-saga";

    @Inject
    Inbox inbox;

    @Inject
    StockChoreography choreography;

    @Override
    public void onMessage(Message message) {
        inbox.receiveStep(GROUP, message, event -> {
            if (Consumed.read(event).orElse(null) instanceof Consumed.SagaCreditReserved reserved) {
                return Optional.of(() -> choreography.reserve(reserved.saga()));
            }
            return Optional.empty();
        });
    }
}
