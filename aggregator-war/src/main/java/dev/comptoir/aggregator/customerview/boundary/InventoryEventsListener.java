package dev.comptoir.aggregator.customerview.boundary;

import dev.comptoir.aggregator.customerview.control.CustomerViewProjection;
import dev.comptoir.kit.messaging.inbox.Inbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Subscriber group customerview-inventory-events on inventory-events (its shared durable subscription made
 * by server-config): where each order's stock reservation stands. Each event is applied once (the inbox),
 * in one XA transaction with its acknowledgement.
 */
@MessageDriven(
        name = "InventoryEventsListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/inventory-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(
                    propertyName = "subscriptionName",
                    propertyValue = "customerview-inventory-events"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class InventoryEventsListener implements MessageListener {

    @Inject
    Inbox inbox;

    @Inject
    CustomerViewProjection projection;

    @Override
    public void onMessage(Message message) {
        inbox.receive("customerview-inventory-events", message, projection::onInventoryEvent);
    }
}
