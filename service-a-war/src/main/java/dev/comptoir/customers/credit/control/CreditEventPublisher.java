package dev.comptoir.customers.credit.control;

import static dev.comptoir.customers.messaging.CustomersMessaging.CUSTOMER_EVENTS;
import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.customers.credit.entity.CreditReservation;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** CreditReserved, CreditReleased, CreditConfirmed on customer-events (schema version 1), keyed by order. */
@ApplicationScoped
public class CreditEventPublisher {

    @Inject
    Messages messages;

    public void changed(String type, CreditReservation reservation) {
        messages.publish(
                CUSTOMER_EVENTS,
                Event.of(
                        type,
                        1,
                        reservation.orderId(),
                        JSON.createObjectBuilder()
                                .add("orderId", reservation.orderId())
                                .add("customerId", reservation.customerId())
                                .add("amount", reservation.amount())
                                .build()));
    }
}
