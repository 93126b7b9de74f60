package dev.comptoir.aggregator.orders.control;

import dev.comptoir.aggregator.downstream.ServiceClients;
import dev.comptoir.aggregator.orders.entity.Order;
import dev.comptoir.kit.correlation.CorrelationId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The aggregator's single door to Orders; fault-tolerance policies of this downstream go here. */
@ApplicationScoped
public class OrdersClient {

    /** Also the name of its circuit breaker. */
    private static final String SERVICE = "orders";

    @Inject
    ServiceClients clients;

    private OrdersRestClient orders;

    @PostConstruct
    void connect() {
        orders = clients.create(OrdersRestClient.class);
    }

    public CompletionStage<Order> order(String id) {
        String requestId = CorrelationId.current();
        return clients.async(SERVICE, () -> orders.order(id, requestId));
    }

    public CompletionStage<List<Order>> ordersOf(String customerId) {
        String requestId = CorrelationId.current();
        return clients.async(SERVICE, () -> orders.ordersOf(customerId, requestId));
    }

    public CompletionStage<JsonArray> ordersDocument(String customerId) {
        String requestId = CorrelationId.current();
        return clients.async(SERVICE, () -> orders.ordersDocument(customerId, requestId));
    }
}
