package dev.comptoir.orders.saga.boundary;

import dev.comptoir.kit.messaging.inbox.Inbox;
import dev.comptoir.orders.saga.control.ChoreographedSaga;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Subscriber group orders-credit-outcomes on customer-events: Customers' answers (SagaCreditReserved, CreditLimitExceeded) in choreographed sagas. */
@MessageDriven(
        name = "CreditOutcomeListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/customer-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "orders-credit-outcomes"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class CreditOutcomeListener implements MessageListener {

    @Inject
    Inbox inbox;

    @Inject
    ChoreographedSaga saga;

    @Override
    public void onMessage(Message message) {
        inbox.receive("orders-credit-outcomes", message, saga::on);
    }
}
