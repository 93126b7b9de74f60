package dev.comptoir.orders.views.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Orders placed and units ordered on one day (UTC), by the day the order was placed. */
@Entity
@Table(name = "VIEW_DAILY_TOTAL")
public class DailyTotal {

    /** The day is yyyy-MM-dd, in a column not named DAY: an SQL function name in H2. */
    @EmbeddedId
    @AttributeOverride(name = "name", column = @Column(name = "DAY_UTC", length = 10))
    private ViewKey key;

    private long ordersPlaced;

    private long units;

    protected DailyTotal() {}

    public DailyTotal(long generation, String day) {
        this.key = new ViewKey(generation, day);
    }

    public void add(long orders, long moreUnits) {
        ordersPlaced += orders;
        units += moreUnits;
    }

    public String day() {
        return key.name();
    }

    public long ordersPlaced() {
        return ordersPlaced;
    }

    public long units() {
        return units;
    }
}
