package dev.comptoir.aggregator.inventory.control;

import dev.comptoir.aggregator.downstream.BalancedClient;
import dev.comptoir.aggregator.downstream.ServiceClients;
import dev.comptoir.aggregator.inventory.entity.Product;
import dev.comptoir.aggregator.inventory.entity.StockReservation;
import dev.comptoir.kit.correlation.CorrelationId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletionStage;

/** The aggregator's single door to Inventory; fault-tolerance policies of this downstream go here. */
@ApplicationScoped
public class InventoryClient {

    @Inject
    ServiceClients clients;

    private BalancedClient<InventoryRestClient> inventory;

    @PostConstruct
    void connect() {
        inventory = clients.create(InventoryRestClient.class);
    }

    public CompletionStage<Product> product(String sku) {
        String requestId = CorrelationId.current();
        return inventory.idempotent(api -> api.product(sku, requestId));
    }

    public CompletionStage<JsonObject> catalogueDocument(int size) {
        String requestId = CorrelationId.current();
        return inventory.idempotent(api -> api.catalogueDocument(size, requestId));
    }

    public CompletionStage<StockReservation> stockReservation(String orderId) {
        String requestId = CorrelationId.current();
        return inventory.idempotent(api -> api.stockReservation(orderId, requestId));
    }
}
