package dev.comptoir.orders.shareddatabase;

import dev.comptoir.kit.faults.FaultStep;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.placement.control.OrderEventPublisher;
import dev.comptoir.orders.placement.control.OrderRepository;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderLine;
import dev.comptoir.orders.placement.entity.OrderView;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Create-order as one local ACID transaction: the order (its events, approved at once), the customer's credit and
 * the products' stock change together or not at all. It needs no saga and no compensation, only one connection:
 * Orders' own unit, whose connection in the shared database reaches Customers' and Inventory's schemas too, so
 * all three change in one database transaction. The SQL below names their tables and columns, which
 * is the coupling the course warns of: a change of Customers' or Inventory's schema breaks it.
 */
@ApplicationScoped
@Transactional
public class OneTransactionPlacement {

    /** The named step after the stock update where a test injects a failure ({@code "method":"STEP"}). */
    static final String AFTER_STOCK = "shared-database/after-stock";

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    @Inject
    OrderRepository orders;

    @Inject
    OrderEventPublisher events;

    @FaultStep(AFTER_STOCK)
    public OrderView place(PlaceOrder command) {
        CustomerOrder order = CustomerOrder.place(
                UUID.randomUUID().toString(),
                null,
                command.customerId(),
                command.lines().stream()
                        .map(line -> new OrderLine(0, line.sku(), line.quantity()))
                        .toList());
        order.approve();
        events.appended(order, orders.save(order, null));
        // Written now, before the other services' rows: a failure below must take the order back too.
        em.flush();

        // Rows locked in a fixed order (products by SKU, then the customer), so two placements cannot deadlock.
        Map<String, Integer> quantities = new TreeMap<>();
        command.lines().forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> line : quantities.entrySet()) {
            Object[] product = single(
                    "SELECT PRICE, STOCK FROM inventory.PRODUCT WHERE SKU = ? FOR UPDATE", line.getKey(), "product");
            if (((Number) product[1]).intValue() < line.getValue()) {
                throw ProblemException.unprocessable(
                        "insufficient-stock",
                        "Insufficient stock",
                        "Only " + product[1] + " of " + line.getKey() + " in stock, " + line.getValue() + " asked");
            }
            total = total.add(((BigDecimal) product[0]).multiply(BigDecimal.valueOf(line.getValue())));
        }
        Object[] credit = single(
                "SELECT CREDITLIMIT - CREDITRESERVED - CREDITCONFIRMED, ID FROM customers.CUSTOMER WHERE ID = ? FOR UPDATE",
                command.customerId(),
                "customer");
        if (((BigDecimal) credit[0]).compareTo(total) < 0) {
            throw ProblemException.unprocessable(
                    "insufficient-credit",
                    "Insufficient credit",
                    "Order total " + total + " exceeds the available credit " + credit[0]);
        }

        // Customers' credit: confirmed at once, as an approved order's is; VERSION bumped for Customers' optimistic
        // lock.
        em.createNativeQuery(
                        "UPDATE customers.CUSTOMER SET CREDITCONFIRMED = CREDITCONFIRMED + ?, VERSION = VERSION + 1"
                                + " WHERE ID = ?")
                .setParameter(1, total)
                .setParameter(2, command.customerId())
                .executeUpdate();
        for (Map.Entry<String, Integer> line : quantities.entrySet()) {
            em.createNativeQuery("UPDATE inventory.PRODUCT SET STOCK = STOCK - ?, VERSION = VERSION + 1 WHERE SKU = ?")
                    .setParameter(1, line.getValue())
                    .setParameter(2, line.getKey())
                    .executeUpdate();
        }
        return OrderView.of(order);
    }

    private Object[] single(String sql, String id, String what) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.unprocessable(
                    "unknown-" + what, "Unknown " + what, "No " + what + " " + id + " in the shared database");
        }
        return rows.get(0);
    }
}
