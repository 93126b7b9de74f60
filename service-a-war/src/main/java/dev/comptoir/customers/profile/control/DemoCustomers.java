package dev.comptoir.customers.profile.control;

import dev.comptoir.customers.profile.entity.Customer;
import dev.comptoir.kit.seeding.DemoData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * Seeds a few customers into an empty database, so a fresh server has something to show; registered like any
 * other customer, so read models elsewhere learn about them too.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCustomers {

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerEventPublisher events;

    @Inject
    DemoData demo;

    @PostConstruct
    void seed() {
        demo.seedIfEmpty("customers", () -> customers.count() == 0, () -> {
            events.registered(
                    customers.add(new Customer("Alice Martin", "alice@comptoir.test", new BigDecimal("1000.00"))));
            events.registered(
                    customers.add(new Customer("Bruno Petit", "bruno@comptoir.test", new BigDecimal("500.00"))));
            events.registered(
                    customers.add(new Customer("Chloé Durand", "chloe@comptoir.test", new BigDecimal("200.00"))));
        });
    }
}
