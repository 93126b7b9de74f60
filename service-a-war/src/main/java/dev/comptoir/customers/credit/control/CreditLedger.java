package dev.comptoir.customers.credit.control;

import dev.comptoir.customers.credit.entity.CreditReservation;
import dev.comptoir.customers.credit.entity.ReservationStatus;
import dev.comptoir.customers.credit.entity.ReserveCredit;
import dev.comptoir.customers.profile.control.CustomerRepository;
import dev.comptoir.customers.profile.entity.Customer;
import dev.comptoir.kit.faults.FaultStep;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Changes a customer's credit and the order's reservation in one local transaction, with the customer's
 * row locked first (changes of one customer queue there). Each method ends with a flush, so that a lost
 * optimistic-lock race, should one still happen, surfaces as an {@code OptimisticLockException} from the
 * method itself (not later, at commit) and the caller can retry it whole.
 */
@ApplicationScoped
@Transactional
public class CreditLedger {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Inject
    CustomerRepository customers;

    @Inject
    CreditEventPublisher events;

    /** @return the reservation, and whether this call made it (false: the same one existed). */
    // With the row locked until commit: a STEP rule's delay here is a long transaction holding this one customer's
    // row (SharedDatabaseCostsIT), named by customer so that others' reservations go on.
    @FaultStep(value = "customers/credit-locked/", endsWithFirstArgument = true)
    public Reserved reserve(String customerId, ReserveCredit command) {
        Customer customer = customers.lockForChange(customerId);
        CreditReservation existing = em.find(CreditReservation.class, command.orderId());
        if (existing != null) {
            return repeated(existing, customerId, command);
        }
        customer.reserve(command.amount());
        CreditReservation reservation = new CreditReservation(command.orderId(), customerId, command.amount());
        em.persist(reservation);
        events.reserved(reservation);
        em.flush();
        return new Reserved(reservation, true);
    }

    /** Gives the credit back (a compensation); releasing twice is a no-op. */
    public CreditReservation release(String customerId, String orderId) {
        return settle(customerId, orderId, ReservationStatus.RELEASED, Customer::release, events::released);
    }

    /** Turns the held credit into used credit; confirming twice is a no-op. */
    public CreditReservation confirm(String customerId, String orderId) {
        return settle(customerId, orderId, ReservationStatus.CONFIRMED, Customer::confirm, events::confirmed);
    }

    private CreditReservation settle(
            String customerId,
            String orderId,
            ReservationStatus outcome,
            BiConsumer<Customer, BigDecimal> onCustomer,
            Consumer<CreditReservation> told) {
        Customer customer = customers.lockForChange(customerId);
        CreditReservation reservation = get(customerId, orderId);
        if (reservation.moveTo(outcome)) {
            onCustomer.accept(customer, reservation.amount());
            told.accept(reservation);
            em.flush();
        }
        return reservation;
    }

    public CreditReservation get(String customerId, String orderId) {
        CreditReservation reservation = em.find(CreditReservation.class, orderId);
        if (reservation == null || !reservation.customerId().equals(customerId)) {
            throw ProblemException.notFound("credit-reservation", orderId);
        }
        return reservation;
    }

    /** The reservation of an order, whichever customer it is on: a saga knows its order, not always the customer. */
    public CreditReservation ofOrder(String orderId) {
        CreditReservation reservation = em.find(CreditReservation.class, orderId);
        if (reservation == null) {
            throw ProblemException.notFound("credit-reservation", orderId);
        }
        return reservation;
    }

    public List<CreditReservation> list(String customerId) {
        customers.get(customerId);
        return em.createQuery(
                        "SELECT r FROM CreditReservation r WHERE r.customerId = :customer ORDER BY r.reservedAt",
                        CreditReservation.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /**
     * A reservation asked again for an order that holds one: the same one answers as it is; another customer or
     * amount is a conflict.
     */
    static Reserved repeated(CreditReservation existing, String customerId, ReserveCredit command) {
        requireOwner(existing, customerId);
        if (existing.amount().compareTo(command.amount()) != 0) {
            throw ProblemException.conflict(
                    "reservation-differs",
                    "Order already holds other credit",
                    "Order " + command.orderId() + " already holds " + existing.amount() + ", not " + command.amount());
        }
        return new Reserved(existing, false);
    }

    private static void requireOwner(CreditReservation reservation, String customerId) {
        if (!reservation.customerId().equals(customerId)) {
            throw ProblemException.conflict(
                    "reservation-other-customer",
                    "Order reserved on another customer",
                    "Order " + reservation.orderId() + " holds credit of another customer");
        }
    }

    public record Reserved(CreditReservation reservation, boolean created) {}
}
