package dev.comptoir.aggregator.inventory.control;

import dev.comptoir.aggregator.downstream.BalancedClient;
import dev.comptoir.aggregator.downstream.ServiceClients;
import dev.comptoir.aggregator.inventory.entity.Product;
import dev.comptoir.aggregator.inventory.entity.StockReservation;
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
        return inventory.idempotent(api -> api.product(sku));
    }

    public CompletionStage<JsonObject> catalogueDocument(int size) {
        return inventory.idempotent(api -> api.catalogueDocument(size));
    }

    public CompletionStage<StockReservation> stockReservation(String orderId) {
        return inventory.idempotent(api -> api.stockReservation(orderId));
    }
}
