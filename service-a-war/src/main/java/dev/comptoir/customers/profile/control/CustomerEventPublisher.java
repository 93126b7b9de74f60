package dev.comptoir.customers.profile.control;

import static dev.comptoir.customers.messaging.CustomersMessaging.CUSTOMER_EVENTS;

import dev.comptoir.customers.events.CustomerChanged;
import dev.comptoir.customers.events.CustomerEvent;
import dev.comptoir.customers.events.CustomerRegistered;
import dev.comptoir.customers.profile.entity.Customer;
import dev.comptoir.kit.messaging.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * {@link CustomerRegistered} and {@link CustomerChanged} on customer-events, keyed by customer, in the
 * transaction of the change. Each carries the customer's version, so a consumer keeps the latest whatever the order
 * of arrival. Credit movements are told by the credit events (with their amounts), not here: a reservation
 * holds the customer's row locked until commit, and flushing for a version there would hold it longer.
 */
@ApplicationScoped
public class CustomerEventPublisher {

    @Inject
    Messages messages;

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    public void registered(Customer customer) {
        publish(
                customer,
                new CustomerRegistered(
                        customer.id(), customer.name(), customer.creditLimit(), customer.creditAvailable()));
    }

    /** After a change of the profile (name, email, credit limit). */
    public void changed(Customer customer) {
        publish(
                customer,
                new CustomerChanged(
                        customer.id(), customer.name(), customer.creditLimit(), customer.creditAvailable()));
    }

    private void publish(Customer customer, CustomerEvent event) {
        // The version is bumped when the change is written: write it now, so the event carries the new one.
        em.flush();
        messages.publish(CUSTOMER_EVENTS, event.toMessage().atVersion(customer.version()));
    }
}
