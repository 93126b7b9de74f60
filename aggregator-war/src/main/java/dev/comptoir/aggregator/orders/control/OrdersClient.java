package dev.comptoir.aggregator.orders.control;

import dev.comptoir.aggregator.orders.entity.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The aggregator's single door to Orders; fault-tolerance policies of this downstream go here. */
@ApplicationScoped
public class OrdersClient {

    @Inject
    @RestClient
    OrdersRestClient orders;

    public CompletionStage<Order> order(String id) {
        return orders.order(id);
    }
}
