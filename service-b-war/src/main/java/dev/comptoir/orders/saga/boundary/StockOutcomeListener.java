package dev.comptoir.orders.saga.boundary;

import dev.comptoir.kit.messaging.inbox.Inbox;
import dev.comptoir.orders.saga.control.ChoreographedSaga;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Subscriber group orders-stock-outcomes on inventory-events: Inventory's answers (SagaStockReserved, OutOfStock) in choreographed sagas. */
@MessageDriven(
        name = "StockOutcomeListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/inventory-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "orders-stock-outcomes"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class StockOutcomeListener implements MessageListener {

    @Inject
    Inbox inbox;

    @Inject
    ChoreographedSaga saga;

    @Override
    public void onMessage(Message message) {
        inbox.receive("orders-stock-outcomes", message, saga::on);
    }
}
