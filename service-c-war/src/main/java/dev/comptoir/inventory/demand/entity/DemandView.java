package dev.comptoir.inventory.demand.entity;

/** Demand for one SKU; zero when no order for it has been seen. */
public record DemandView(String sku, long unitsOrdered, long orders) {

    public static DemandView of(ProductDemand demand) {
        return new DemandView(demand.sku(), demand.unitsOrdered(), demand.orders());
    }
}
