package dev.comptoir.orders.views.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How many orders are in one status now. */
@Entity
@Table(name = "VIEW_STATUS_COUNT")
public class StatusCount {

    @EmbeddedId
    @AttributeOverride(name = "name", column = @Column(name = "STATUS", length = 16))
    private ViewKey key;

    private long orders;

    protected StatusCount() {}

    public StatusCount(long generation, String status) {
        this.key = new ViewKey(generation, status);
    }

    public void add(long delta) {
        orders += delta;
    }

    public String status() {
        return key.name();
    }

    public long orders() {
        return orders;
    }
}
