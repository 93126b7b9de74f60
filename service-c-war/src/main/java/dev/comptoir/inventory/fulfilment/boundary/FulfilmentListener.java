package dev.comptoir.inventory.fulfilment.boundary;

import dev.comptoir.inventory.consumed.Consumed;
import dev.comptoir.inventory.fulfilment.control.Picking;
import dev.comptoir.kit.messaging.inbox.Inbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Competing consumers on the fulfilment queue: four sessions take messages in turn, and Artemis' message
 * groups (keyed by order id) give all lines of one order to the same session, so an order's lines are
 * picked in order while different orders are picked in parallel. A failing pick rolls back (no effect),
 * is redelivered with a delay and after the configured attempts goes to the dead-letter queue.
 */
@MessageDriven(
        name = "FulfilmentListener",
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/fulfilment"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class FulfilmentListener implements MessageListener {

    private final String name = "worker-" + Integer.toHexString(System.identityHashCode(this));

    @Inject
    Inbox inbox;

    @Inject
    Picking picking;

    @Override
    public void onMessage(Message message) {
        inbox.receive("inventory-fulfilment", message, event -> {
            if (Consumed.read(event).orElse(null) instanceof Consumed.PickLine line) {
                picking.pick(line, event.occurredAt(), name);
            }
        });
    }
}
