package dev.comptoir.orders.placement.control;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.placement.entity.CustomerOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Orders in OrdersDS. */
@ApplicationScoped
public class OrderRepository {

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    public CustomerOrder add(CustomerOrder order) {
        em.persist(order);
        return order;
    }

    public CustomerOrder get(String id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null) {
            throw ProblemException.notFound("order", id);
        }
        return order;
    }

    public List<CustomerOrder> ofCustomer(String customerId, int limit) {
        return em.createQuery(
                        "SELECT o FROM CustomerOrder o WHERE o.customerId = :customer ORDER BY o.placedAt DESC, o.id",
                        CustomerOrder.class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultList();
    }
}
