package dev.comptoir.customers.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** How much a customer orders, counted from OrderPlaced events: a counter, so a second count would show. */
@Entity
public class CustomerActivity {

    @Id
    @Column(length = 36)
    private String customerId;

    private long ordersPlaced;

    private long unitsOrdered;

    private Instant lastOrderAt;

    @Version
    private long version;

    protected CustomerActivity() {}

    public CustomerActivity(String customerId) {
        this.customerId = customerId;
    }

    public void orderPlaced(long units, Instant at) {
        ordersPlaced++;
        unitsOrdered += units;
        if (lastOrderAt == null || at.isAfter(lastOrderAt)) {
            lastOrderAt = at;
        }
    }

    public String customerId() {
        return customerId;
    }

    public long ordersPlaced() {
        return ordersPlaced;
    }

    public long unitsOrdered() {
        return unitsOrdered;
    }

    public Instant lastOrderAt() {
        return lastOrderAt;
    }
}
