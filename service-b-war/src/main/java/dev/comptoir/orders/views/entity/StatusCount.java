package dev.comptoir.orders.views.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many orders are in one status now. */
@Entity
@Table(name = "ORDER_STATUS_COUNT")
public class StatusCount {

    @Id
    @Column(length = 16)
    private String status;

    private long orders;

    protected StatusCount() {}

    public StatusCount(String status) {
        this.status = status;
    }

    public void add(long delta) {
        orders += delta;
    }

    public String status() {
        return status;
    }

    public long orders() {
        return orders;
    }
}
