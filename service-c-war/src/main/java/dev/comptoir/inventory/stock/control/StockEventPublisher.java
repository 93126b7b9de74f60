package dev.comptoir.inventory.stock.control;

import static dev.comptoir.inventory.messaging.InventoryMessaging.INVENTORY_EVENTS;
import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.inventory.stock.entity.StockReservation;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/** StockReserved, StockReleased, StockConfirmed on inventory-events (schema version 1), keyed by order. */
@ApplicationScoped
public class StockEventPublisher {

    @Inject
    Messages messages;

    public void changed(String type, StockReservation reservation) {
        JsonObjectBuilder quantities = JSON.createObjectBuilder();
        reservation.quantities().forEach(quantities::add);
        messages.publish(
                INVENTORY_EVENTS,
                Event.of(
                        type,
                        1,
                        reservation.orderId(),
                        JSON.createObjectBuilder()
                                .add("orderId", reservation.orderId())
                                .add("quantities", quantities)
                                .build()));
    }
}
