package dev.comptoir.orders.commands.boundary;

import dev.comptoir.kit.messaging.inbox.Inbox;
import dev.comptoir.orders.commands.control.OrderCommands;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Works the order-commands queue: places each accepted order, in the transaction that takes the message. */
@MessageDriven(
        name = "OrderCommandListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/order-commands"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class OrderCommandListener implements MessageListener {

    @Inject
    Inbox inbox;

    @Inject
    OrderCommands commands;

    @Override
    public void onMessage(Message message) {
        inbox.receive("orders-commands", message, commands::work);
    }
}
