package dev.comptoir.customers.activity.boundary;

import dev.comptoir.customers.activity.entity.CustomerActivity;
import dev.comptoir.customers.consumed.Consumed;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.inbox.Inbox;
import dev.comptoir.kit.messaging.inbox.ProjectionRows;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Subscriber group customers-order-activity on order-events: a shared durable subscription (its queue is
 * made by server-config), so every instance of Customers shares the group's one copy of each event, and
 * events sent while the group is down wait for it.
 */
@MessageDriven(
        name = "OrderActivityListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/order-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "customers-order-activity"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class OrderActivityListener implements MessageListener {

    @Inject
    Inbox inbox;

    @Inject
    ProjectionRows rows;

    @Override
    public void onMessage(Message message) {
        inbox.receive("customers-order-activity", message, this::apply);
    }

    private void apply(Event event) {
        if (Consumed.read(event).orElse(null) instanceof Consumed.OrderPlaced placed) {
            rows.locked(CustomerActivity.class, placed.customerId(), () -> new CustomerActivity(placed.customerId()))
                    .orderPlaced(placed.units(), placed.placedAt());
        }
    }
}
