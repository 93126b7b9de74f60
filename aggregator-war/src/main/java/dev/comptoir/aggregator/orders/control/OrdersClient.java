package dev.comptoir.aggregator.orders.control;

import dev.comptoir.aggregator.downstream.BalancedClient;
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

    @Inject
    ServiceClients clients;

    private BalancedClient<OrdersRestClient> orders;

    @PostConstruct
    void connect() {
        orders = clients.create(OrdersRestClient.class);
    }

    public CompletionStage<Order> order(String id) {
        String requestId = CorrelationId.current();
        return orders.idempotent(api -> api.order(id, requestId));
    }

    public CompletionStage<List<Order>> ordersOf(String customerId) {
        String requestId = CorrelationId.current();
        return orders.idempotent(api -> api.ordersOf(customerId, requestId));
    }

    public CompletionStage<JsonArray> ordersDocument(String customerId) {
        String requestId = CorrelationId.current();
        return orders.idempotent(api -> api.ordersDocument(customerId, requestId));
    }
}
