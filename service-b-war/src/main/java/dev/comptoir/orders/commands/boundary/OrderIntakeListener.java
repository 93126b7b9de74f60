package dev.comptoir.orders.commands.boundary;

import dev.comptoir.kit.messaging.inbox.Inbox;
import dev.comptoir.orders.commands.control.OrderCommands;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Works the order-intake queue, the one destination outside producers (AMQP, STOMP, core clients as the
 * application user) may send to: each PlaceOrder is validated, then placed, in the transaction that takes it.
 */
@MessageDriven(
        name = "OrderIntakeListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/order-intake"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class OrderIntakeListener implements MessageListener {

    @Inject
    Inbox inbox;

    @Inject
    OrderCommands commands;

    @Override
    public void onMessage(Message message) {
        inbox.receive("orders-intake", message, commands::intake);
    }
}
