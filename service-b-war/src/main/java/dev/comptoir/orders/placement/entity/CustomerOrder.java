package dev.comptoir.orders.placement.entity;

import dev.comptoir.kit.problem.ProblemException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order a customer placed ("order" is an SQL keyword, hence the name). */
@Entity
@Table(name = "CUSTOMER_ORDER")
public class CustomerOrder {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String customerId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CUSTOMER_ORDER_LINE", joinColumns = @JoinColumn(name = "ORDER_ID"))
    @OrderColumn(name = "LINE_NO")
    private List<OrderLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Column(nullable = false)
    private Instant placedAt;

    @Version
    private long version;

    protected CustomerOrder() {}

    public CustomerOrder(String customerId, List<OrderLine> lines) {
        this.id = UUID.randomUUID().toString();
        this.customerId = customerId;
        this.lines.addAll(lines);
        this.status = OrderStatus.PLACED;
        this.placedAt = Instant.now();
    }

    /** A placed order is approved once (by the create-order saga, or by an operator until that lands). */
    public void approve() {
        if (status != OrderStatus.PLACED) {
            throw ProblemException.conflict(
                    "order-not-approvable", "Order cannot be approved", "Order " + id + " is " + status);
        }
        status = OrderStatus.APPROVED;
    }

    /** Open orders (placed or approved) can be cancelled; a closed one cannot. */
    public void cancel() {
        if (!status.isOpen()) {
            throw ProblemException.conflict(
                    "order-not-cancellable", "Order cannot be cancelled", "Order " + id + " is " + status);
        }
        status = OrderStatus.CANCELLED;
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public OrderStatus status() {
        return status;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public long version() {
        return version;
    }
}
