package dev.comptoir.inventory.stock.control;

import static dev.comptoir.inventory.messaging.InventoryMessaging.INVENTORY_EVENTS;

import dev.comptoir.inventory.events.InventoryEvent;
import dev.comptoir.inventory.events.StockConfirmed;
import dev.comptoir.inventory.events.StockReleased;
import dev.comptoir.inventory.events.StockReserved;
import dev.comptoir.inventory.stock.entity.StockReservation;
import dev.comptoir.kit.messaging.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A reservation's changes on inventory-events ({@link StockReserved}, ...), keyed by order. */
@ApplicationScoped
public class StockEventPublisher {

    @Inject
    Messages messages;

    public void reserved(StockReservation reservation) {
        publish(new StockReserved(reservation.orderId(), reservation.quantities()));
    }

    public void released(StockReservation reservation) {
        publish(new StockReleased(reservation.orderId(), reservation.quantities()));
    }

    public void confirmed(StockReservation reservation) {
        publish(new StockConfirmed(reservation.orderId(), reservation.quantities()));
    }

    private void publish(InventoryEvent event) {
        messages.publish(INVENTORY_EVENTS, event.toMessage());
    }
}
