package dev.comptoir.aggregator.orders.control;

import dev.comptoir.aggregator.downstream.BalancedClient;
import dev.comptoir.aggregator.downstream.ServiceClients;
import dev.comptoir.aggregator.orders.entity.Order;
import dev.comptoir.aggregator.orders.entity.OrdersAnswer;
import dev.comptoir.kit.correlation.CorrelationId;
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
        String requestId = CorrelationId.current();
        return orders.idempotent(api -> api.order(id, requestId));
    }

    public CompletionStage<List<Order>> ordersOf(String customerId) {
        String requestId = CorrelationId.current();
        return orders.idempotent(api -> api.ordersOf(customerId, requestId));
    }

    /** A write: made once, never retried on another instance. The caller's token goes with it. */
    public CompletionStage<OrdersAnswer> place(
            JsonObject command, boolean async, String saga, Long timeLimitMs, String authorization) {
        String requestId = CorrelationId.current();
        return orders.once(api -> {
            try (Response answer =
                    api.place(command, saga, timeLimitMs, async ? "respond-async" : null, authorization, requestId)) {
                String position = answer.getHeaderString("Event-Position");
                return new OrdersAnswer(
                        answer.getStatus(),
                        answer.getLocation(),
                        position == null ? null : Long.valueOf(position),
                        answer.readEntity(JsonObject.class));
            }
        });
    }

    public CompletionStage<JsonObject> command(String id, String authorization) {
        String requestId = CorrelationId.current();
        return orders.idempotent(api -> api.command(id, authorization, requestId));
    }

    /** Returns once Orders' views hold every event up to {@code position}: a read after this sees the write. */
    public CompletionStage<JsonArray> ordersAfter(String customerId, long position, String authorization) {
        String requestId = CorrelationId.current();
        return orders.idempotent(api -> api.ordersAfter(customerId, 1, position, authorization, requestId));
    }

    public CompletionStage<JsonArray> ordersDocument(String customerId) {
        String requestId = CorrelationId.current();
        return orders.idempotent(api -> api.ordersDocument(customerId, requestId));
    }

    /** A write, like {@link #place}: made once, with the caller's token. */
    public CompletionStage<OrdersAnswer> placeInOneTransaction(JsonObject command, String authorization) {
        String requestId = CorrelationId.current();
        return orders.once(api -> {
            try (Response answer = api.placeInOneTransaction(command, authorization, requestId)) {
                return new OrdersAnswer(
                        answer.getStatus(), answer.getLocation(), null, answer.readEntity(JsonObject.class));
            }
        });
    }

    public CompletionStage<JsonObject> joinedOverview(String customerId) {
        String requestId = CorrelationId.current();
        return orders.idempotent(api -> api.joinedOverview(customerId, requestId));
    }
}
