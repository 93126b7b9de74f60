package dev.comptoir.orders.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An order's latest state, written in the transaction of each append, for listing a customer's orders.
 * Transitional: the CQRS projections in OrdersViewDS are to take this over.
 */
@Entity
@Table(name = "ORDER_SUMMARY")
public class OrderSummary {

    @Id
    @Column(length = 36)
    private String orderId;

    @Column(nullable = false, length = 36)
    private String customerId;

    @Column(nullable = false)
    private Instant placedAt;

    @Lob
    @Column(nullable = false)
    private String state;

    protected OrderSummary() {}

    public OrderSummary(String orderId, String customerId, Instant placedAt) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.placedAt = placedAt;
    }

    public void update(String state) {
        this.state = state;
    }

    public String state() {
        return state;
    }
}
