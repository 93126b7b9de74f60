package dev.comptoir.aggregator.inventory.control;

import dev.comptoir.aggregator.inventory.entity.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The aggregator's single door to Inventory; fault-tolerance policies of this downstream go here. */
@ApplicationScoped
public class InventoryClient {

    @Inject
    @RestClient
    InventoryRestClient inventory;

    public CompletionStage<Product> product(String sku) {
        return inventory.product(sku);
    }
}
