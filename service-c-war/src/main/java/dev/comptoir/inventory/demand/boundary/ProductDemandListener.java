package dev.comptoir.inventory.demand.boundary;

import dev.comptoir.inventory.consumed.Consumed;
import dev.comptoir.inventory.demand.entity.ProductDemand;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.inbox.Inbox;
import dev.comptoir.kit.messaging.inbox.ProjectionRows;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Comparator;

/**
 * Subscriber group inventory-product-demand on order-events: a second, independent group beside
 * Customers' (its own shared durable subscription, made by server-config), so each gets every event.
 */
@MessageDriven(
        name = "ProductDemandListener",
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/topic/order-events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "inventory-product-demand"),
            @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class ProductDemandListener implements MessageListener {

    @Inject
    Inbox inbox;

    @Inject
    ProjectionRows rows;

    @Override
    public void onMessage(Message message) {
        inbox.receive("inventory-product-demand", message, this::apply);
    }

    private void apply(Event event) {
        if (Consumed.read(event).orElse(null) instanceof Consumed.OrderPlaced placed) {
            // SKU order, so that two events locking the same products never deadlock.
            placed.lines().stream()
                    .sorted(Comparator.comparing(Consumed.Line::sku))
                    .forEach(line -> demandFor(line.sku()).ordered(line.quantity()));
        }
    }

    private ProductDemand demandFor(String sku) {
        return rows.locked(ProductDemand.class, sku, () -> new ProductDemand(sku));
    }
}
