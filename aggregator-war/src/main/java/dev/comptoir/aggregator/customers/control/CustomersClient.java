package dev.comptoir.aggregator.customers.control;

import dev.comptoir.aggregator.customers.entity.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The aggregator's single door to Customers; fault-tolerance policies of this downstream go here. */
@ApplicationScoped
public class CustomersClient {

    @Inject
    @RestClient
    CustomersRestClient customers;

    public CompletionStage<Customer> customer(String id) {
        return customers.customer(id);
    }
}
