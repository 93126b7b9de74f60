package dev.comptoir.aggregator.customers.control;

import dev.comptoir.aggregator.customers.entity.Customer;
import dev.comptoir.aggregator.downstream.BalancedClient;
import dev.comptoir.aggregator.downstream.ServiceClients;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletionStage;

/** The aggregator's single door to Customers; fault-tolerance policies of this downstream go here. */
@ApplicationScoped
public class CustomersClient {

    @Inject
    ServiceClients clients;

    private BalancedClient<CustomersRestClient> customers;

    @PostConstruct
    void connect() {
        customers = clients.create(CustomersRestClient.class);
    }

    public CompletionStage<Customer> customer(String id) {
        return customers.idempotent(api -> api.customer(id));
    }

    public CompletionStage<JsonObject> customerDocument(String id) {
        return customers.idempotent(api -> api.customerDocument(id));
    }

    /** The customer's document, fetched on this thread: for a request that asks Customers for nothing else. */
    public CompletionStage<JsonObject> customerDocumentHere(String id) {
        return customers.idempotentHere(api -> api.customerDocument(id));
    }

    /** A PUT: repeating it on another instance, when the first could not answer, sets the same profile. */
    public CompletionStage<JsonObject> update(String id, JsonObject profile) {
        return customers.idempotent(api -> api.update(id, profile));
    }

    public CompletionStage<JsonArray> reservationsDocument(String customerId) {
        return customers.idempotent(api -> api.reservationsDocument(customerId));
    }
}
