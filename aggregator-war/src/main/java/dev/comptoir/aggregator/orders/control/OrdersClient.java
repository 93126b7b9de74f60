package dev.comptoir.aggregator.orders.control;

import dev.comptoir.aggregator.orders.entity.Order;
import dev.comptoir.aggregator.downstream.ServiceClients;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;

/** The aggregator's single door to Orders; fault-tolerance policies of this downstream go here. */
@ApplicationScoped
public class OrdersClient {

    @Inject
    ServiceClients clients;

    private OrdersRestClient orders;

    @PostConstruct
    void connect() {
        orders = clients.create(OrdersRestClient.class);
    }

    public CompletionStage<Order> order(String id) {
        return orders.order(id);
    }
}
