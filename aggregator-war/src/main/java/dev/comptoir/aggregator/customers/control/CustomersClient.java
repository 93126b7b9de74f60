package dev.comptoir.aggregator.customers.control;

import dev.comptoir.aggregator.customers.entity.Customer;
import dev.comptoir.aggregator.downstream.ServiceClients;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** The aggregator's single door to Customers; fault-tolerance policies of this downstream go here. */
@ApplicationScoped
public class CustomersClient {

    @Inject
    ServiceClients clients;

    private CustomersRestClient customers;

    @PostConstruct
    void connect() {
        customers = clients.create(CustomersRestClient.class);
    }

    public CompletionStage<Customer> customer(String id) {
        return customers.customer(id);
    }
}
