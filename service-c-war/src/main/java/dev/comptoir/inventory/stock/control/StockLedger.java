package dev.comptoir.inventory.stock.control;

import dev.comptoir.inventory.catalogue.control.ProductRepository;
import dev.comptoir.inventory.stock.entity.ReservationStatus;
import dev.comptoir.inventory.stock.entity.ReserveStock;
import dev.comptoir.inventory.stock.entity.StockReservation;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Takes and puts back stock for an order in one local transaction. Products are locked pessimistically
 * (in SKU order, so two reservations never deadlock): under contention every request waits its turn and
 * then sees the true stock, so exactly as many succeed as the stock allows.
 */
@ApplicationScoped
@Transactional
public class StockLedger {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    ProductRepository products;

    @Inject
    StockEventPublisher events;

    /** @return the reservation, and whether this call made it (false: the same one existed). */
    public Reserved reserve(ReserveStock command) {
        Map<String, Integer> quantities = command.quantities();
        StockReservation existing = em.find(StockReservation.class, command.orderId());
        if (existing != null) {
            return repeated(existing, command);
        }
        quantities.forEach((sku, quantity) -> products.lockForStockChange(sku).take(quantity));
        StockReservation reservation = new StockReservation(command.orderId(), quantities);
        em.persist(reservation);
        events.reserved(reservation);
        return new Reserved(reservation, true);
    }

    /**
     * A reservation asked again for an order that holds one: the same quantities per SKU (however the lines are
     * split) answer the one held; others are a conflict.
     */
    static Reserved repeated(StockReservation existing, ReserveStock command) {
        if (!existing.quantities().equals(command.quantities())) {
            throw ProblemException.conflict(
                    "reservation-differs",
                    "Order already holds other stock",
                    "Order " + command.orderId() + " already holds " + existing.quantities());
        }
        return new Reserved(existing, false);
    }

    public StockReservation release(String orderId) {
        StockReservation reservation = get(orderId);
        if (reservation.moveTo(ReservationStatus.RELEASED)) {
            reservation
                    .quantities()
                    .forEach((sku, quantity) -> products.lockForStockChange(sku).putBack(quantity));
            events.released(reservation);
        }
        return reservation;
    }

    public StockReservation confirm(String orderId) {
        StockReservation reservation = get(orderId);
        if (reservation.moveTo(ReservationStatus.CONFIRMED)) {
            events.confirmed(reservation);
        }
        return reservation;
    }

    public StockReservation get(String orderId) {
        StockReservation reservation = em.find(StockReservation.class, orderId);
        if (reservation == null) {
            throw ProblemException.notFound("stock-reservation", orderId);
        }
        return reservation;
    }

    public record Reserved(StockReservation reservation, boolean created) {}
}
