package dev.comptoir.customers.profile.control;

import static dev.comptoir.customers.messaging.CustomersMessaging.CUSTOMER_EVENTS;
import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.customers.profile.entity.Customer;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * CustomerRegistered and CustomerChanged (schema version 1) on customer-events, keyed by customer, in the
 * transaction of the change: the profile and credit figures as they now are, so that a read model elsewhere
 * needs no call back. Each carries the customer's version, so a consumer keeps the latest whatever the order
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
        publish("CustomerRegistered", customer);
    }

    /** After a change of the profile (name, email, credit limit). */
    public void changed(Customer customer) {
        publish("CustomerChanged", customer);
    }

    private void publish(String type, Customer customer) {
        // The version is bumped when the change is written: write it now, so the event carries the new one.
        em.flush();
        messages.publish(
                CUSTOMER_EVENTS,
                Event.of(
                                type,
                                1,
                                customer.id(),
                                JSON.createObjectBuilder()
                                        .add("customerId", customer.id())
                                        .add("name", customer.name())
                                        .add("creditLimit", customer.creditLimit())
                                        .add("creditAvailable", customer.creditAvailable())
                                        .build())
                        .atVersion(customer.version()));
    }
}
