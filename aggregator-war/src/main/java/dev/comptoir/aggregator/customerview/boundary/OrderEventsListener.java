package dev.comptoir.aggregator.customerview.boundary;

import dev.comptoir.aggregator.customerview.control.CustomerViewProjection;
import dev.comptoir.kit.messaging.inbox.Inbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Subscriber group customerview-order-events on order-events (its shared durable subscription made by
 * server-config): each order's status, lines and owner. Several sessions, so one order's events may be
 * applied out of order: the projection keeps the latest by stream version. Each event is applied once (the
 * inbox), in one XA transaction with its acknowledgement.
 */
@MessageDriven(
        name = "OrderEventsListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/order-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "customerview-order-events"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class OrderEventsListener implements MessageListener {

    @Inject
    Inbox inbox;

    @Inject
    CustomerViewProjection projection;

    @Override
    public void onMessage(Message message) {
        inbox.receive("customerview-order-events", message, projection::onOrderEvent);
    }
}
