package dev.comptoir.inventory.demand.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Units ordered per SKU, counted from OrderPlaced events (also for SKUs not in the catalogue yet). */
@Entity
public class ProductDemand {

    @Id
    @Column(length = 64)
    private String sku;

    private long unitsOrdered;

    private long orders;

    @Version
    private long version;

    protected ProductDemand() {}

    public ProductDemand(String sku) {
        this.sku = sku;
    }

    public void ordered(int units) {
        unitsOrdered += units;
        orders++;
    }

    public String sku() {
        return sku;
    }

    public long unitsOrdered() {
        return unitsOrdered;
    }

    public long orders() {
        return orders;
    }
}
