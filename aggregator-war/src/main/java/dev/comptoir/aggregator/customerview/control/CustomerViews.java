package dev.comptoir.aggregator.customerview.control;

import dev.comptoir.aggregator.customerview.entity.CustomerView;
import dev.comptoir.aggregator.customerview.entity.ViewedCustomer;
import dev.comptoir.aggregator.customerview.entity.ViewedOrder;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Reads the customer view: two indexed queries in the aggregator's database, no call to any service. */
@ApplicationScoped
public class CustomerViews {

    @PersistenceContext(unitName = "aggregator-view")
    EntityManager view;

    /** A customer and their newest orders, in the order Orders lists them (newest first). */
    public Answer of(String customerId, int limit) {
        ViewedCustomer customer = view.find(ViewedCustomer.class, customerId);
        if (customer == null || !customer.isKnown()) {
            throw ProblemException.notFound("customer", customerId);
        }
        List<ViewedOrder> orders = view.createQuery(
                        "SELECT o FROM ViewedOrder o WHERE o.customerId = :customer AND o.placedAt IS NOT NULL"
                                + " ORDER BY o.placedAt DESC, o.orderId",
                        ViewedOrder.class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultList();
        List<CustomerView.OrderLine> lines =
                orders.stream().map(CustomerView.OrderLine::of).toList();
        Instant lastEventAt = Stream.concat(
                        Stream.of(customer.lastEventAt()), orders.stream().map(ViewedOrder::lastEventAt))
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null);
        return new Answer(
                new CustomerView(
                        customer.customerId(),
                        customer.name(),
                        customer.creditLimit(),
                        customer.creditAvailable(),
                        (int) orders.stream().filter(ViewedOrder::isOpen).count(),
                        lines),
                lastEventAt);
    }

    /** The view, and the time of the newest event it reflects: how stale it may be. */
    public record Answer(CustomerView view, Instant lastEventAt) {}
}
