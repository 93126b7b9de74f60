package dev.comptoir.orders.views.boundary;

import dev.comptoir.kit.messaging.Event;
import dev.comptoir.orders.views.control.OrderProjector;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Subscriber group orders-projections on order-events (its shared durable subscription made by
 * server-config): each event tells which order's views to bring up to date. The message is acknowledged
 * after the views' transaction has committed, not with it: a crash in between delivers it again, and the
 * projector, which applies each order's events by version, finds nothing left to do. That spares the
 * views' transaction a second resource and a two-phase commit. A failure redelivers the message.
 */
@MessageDriven(
        name = "OrderProjectionListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/order-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "orders-projections"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
@TransactionManagement(TransactionManagementType.BEAN)
public class OrderProjectionListener implements MessageListener {

    @Inject
    OrderProjector projector;

    @Override
    public void onMessage(Message message) {
        String orderId = Event.from(message).key();
        if (orderId != null) {
            // Events sent by others than Orders (no stream in the store) leave the views as they are.
            projector.catchUp(orderId);
        }
    }
}
