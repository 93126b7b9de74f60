package dev.comptoir.customers.credit.control;

import static dev.comptoir.customers.messaging.CustomersMessaging.CUSTOMER_EVENTS;

import dev.comptoir.customers.credit.entity.CreditReservation;
import dev.comptoir.customers.events.CreditConfirmed;
import dev.comptoir.customers.events.CreditReleased;
import dev.comptoir.customers.events.CreditReserved;
import dev.comptoir.customers.events.CustomerEvent;
import dev.comptoir.kit.messaging.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A credit reservation's changes on customer-events ({@link CreditReserved}, ...), keyed by order. */
@ApplicationScoped
public class CreditEventPublisher {

    @Inject
    Messages messages;

    public void reserved(CreditReservation reservation) {
        publish(new CreditReserved(reservation.orderId(), reservation.customerId(), reservation.amount()));
    }

    public void released(CreditReservation reservation) {
        publish(new CreditReleased(reservation.orderId(), reservation.customerId(), reservation.amount()));
    }

    public void confirmed(CreditReservation reservation) {
        publish(new CreditConfirmed(reservation.orderId(), reservation.customerId(), reservation.amount()));
    }

    private void publish(CustomerEvent event) {
        messages.publish(CUSTOMER_EVENTS, event.toMessage());
    }
}
