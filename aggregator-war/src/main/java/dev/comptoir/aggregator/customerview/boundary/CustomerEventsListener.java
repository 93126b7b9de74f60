package dev.comptoir.aggregator.customerview.boundary;

import dev.comptoir.aggregator.customerview.control.CustomerViewProjection;
import dev.comptoir.kit.messaging.inbox.Inbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Subscriber group customerview-customer-events on customer-events (its shared durable subscription made by
 * server-config): each customer's profile and credit, as Customers publishes them when they change. Each
 * event is applied once (the inbox), in one XA transaction with its acknowledgement.
 */
@MessageDriven(
        name = "CustomerEventsListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/customer-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(
                    propertyName = "subscriptionName",
                    propertyValue = "customerview-customer-events"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class CustomerEventsListener implements MessageListener {

    @Inject
    Inbox inbox;

    @Inject
    CustomerViewProjection projection;

    @Override
    public void onMessage(Message message) {
        inbox.receive("customerview-customer-events", message, projection::onCustomerEvent);
    }
}
