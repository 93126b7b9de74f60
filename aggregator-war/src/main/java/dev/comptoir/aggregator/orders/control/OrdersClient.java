package dev.comptoir.aggregator.orders.control;

import dev.comptoir.aggregator.downstream.BalancedClient;
import dev.comptoir.aggregator.downstream.ServiceClients;
import dev.comptoir.aggregator.orders.entity.Order;
import dev.comptoir.aggregator.orders.entity.OrdersAnswer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
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
        return orders.idempotent(api -> api.order(id));
    }

    public CompletionStage<List<Order>> ordersOf(String customerId) {
        return orders.idempotent(api -> api.ordersOf(customerId));
    }

    /** A write: made once, never retried on another instance. */
    public CompletionStage<OrdersAnswer> place(JsonObject command, boolean async, String saga, Long timeLimitMs) {
        return orders.once(api -> {
            try (Response answer = api.place(command, saga, timeLimitMs, async ? "respond-async" : null)) {
                String position = answer.getHeaderString("Event-Position");
                return new OrdersAnswer(
                        answer.getStatus(),
                        answer.getLocation(),
                        position == null ? null : Long.valueOf(position),
                        answer.readEntity(JsonObject.class));
            }
        });
    }

    public CompletionStage<JsonObject> command(String id) {
        return orders.idempotent(api -> api.command(id));
    }

    /** Returns once Orders' views hold every event up to {@code position}: a read after this sees the write. */
    public CompletionStage<JsonArray> ordersAfter(String customerId, long position) {
        return orders.idempotent(api -> api.ordersAfter(customerId, 1, position));
    }

    public CompletionStage<JsonArray> ordersDocument(String customerId) {
        return orders.idempotent(api -> api.ordersDocument(customerId));
    }

    /** A write, like {@link #place}: made once. */
    public CompletionStage<OrdersAnswer> placeInOneTransaction(JsonObject command) {
        return orders.once(api -> {
            try (Response answer = api.placeInOneTransaction(command)) {
                return new OrdersAnswer(
                        answer.getStatus(), answer.getLocation(), null, answer.readEntity(JsonObject.class));
            }
        });
    }

    public CompletionStage<JsonObject> joinedOverview(String customerId) {
        return orders.idempotent(api -> api.joinedOverview(customerId));
    }
}
