package dev.comptoir.orders.views.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Orders placed and units ordered on one day (UTC), by the day the order was placed. */
@Entity
@Table(name = "ORDER_DAILY_TOTAL")
public class DailyTotal {

    /** yyyy-MM-dd; not named DAY, an SQL function name in H2. */
    @Id
    @Column(name = "DAY_UTC", length = 10)
    private String day;

    private long ordersPlaced;

    private long units;

    protected DailyTotal() {}

    public DailyTotal(String day) {
        this.day = day;
    }

    public void add(long orders, long moreUnits) {
        ordersPlaced += orders;
        units += moreUnits;
    }

    public String day() {
        return day;
    }

    public long ordersPlaced() {
        return ordersPlaced;
    }

    public long units() {
        return units;
    }
}
