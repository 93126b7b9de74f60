package dev.comptoir.customers.profile.control;

import dev.comptoir.customers.profile.entity.Customer;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Customers in CustomersDS. */
@ApplicationScoped
public class CustomerRepository {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    public Customer add(Customer customer) {
        requireUniqueEmail(customer.email(), customer.id());
        em.persist(customer);
        return customer;
    }

    public Customer get(String id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw ProblemException.notFound("customer", id);
        }
        return customer;
    }

    /**
     * The customer with their row locked until the transaction ends, read as last committed: every change
     * of a customer takes this lock first. The version check alone is not enough on H2, which let a
     * reservation and a concurrent release both commit on the same version (LedgerRaceIT).
     */
    public Customer lockForChange(String id) {
        Customer customer = em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null) {
            throw ProblemException.notFound("customer", id);
        }
        return customer;
    }

    public List<Customer> page(int page, int size) {
        return em.createQuery("SELECT c FROM Customer c ORDER BY c.name, c.id", Customer.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult();
    }

    public void requireUniqueEmail(String email, String ownerId) {
        boolean taken = !em.createQuery(
                        "SELECT c.id FROM Customer c WHERE c.email = :email AND c.id <> :id", String.class)
                .setParameter("email", email)
                .setParameter("id", ownerId)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw ProblemException.conflict(
                    "email-taken", "Email already used", "Another customer already uses " + email);
        }
    }
}
