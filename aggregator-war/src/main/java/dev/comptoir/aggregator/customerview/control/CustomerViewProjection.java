package dev.comptoir.aggregator.customerview.control;

import dev.comptoir.aggregator.consumed.Consumed;
import dev.comptoir.aggregator.customerview.entity.ViewedCustomer;
import dev.comptoir.aggregator.customerview.entity.ViewedOrder;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.inbox.ProjectionRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies the three services' events to the customer view, in the listener's transaction (with the inbox
 * row and the acknowledgement). Each row is locked while it changes: the listeners run several sessions,
 * so two events of one order may be applied at once; the first events about an order or a customer make its
 * row first ({@link ProjectionRows}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustomerViewProjection {

    @Inject
    ProjectionRows rows;

    /** CustomerRegistered and CustomerChanged (the profile), and the credit events (the credit in use). */
    public void onCustomerEvent(Event event) {
        Consumed read = Consumed.read(event).orElse(null);
        Instant at = event.occurredAt();
        if (read instanceof Consumed.CustomerProfile profile) {
            customer(profile.customerId())
                    .told(
                            event.keyVersion() == null ? Long.MAX_VALUE : event.keyVersion(),
                            profile.name(),
                            profile.creditLimit(),
                            at);
        } else if (read instanceof Consumed.CreditReserved reserved) {
            customer(reserved.customerId()).creditReserved(reserved.amount(), at);
        } else if (read instanceof Consumed.CreditReleased released) {
            customer(released.customerId()).creditReleased(released.amount(), at);
        } else if (read instanceof Consumed.CreditConfirmed confirmed) {
            customer(confirmed.customerId()).creditConfirmed(confirmed.amount(), at);
        }
    }

    /**
     * OrderPlaced, LineAdded and the status changes. The stream version says which status is the latest;
     * an event sent without one (by a client other than Orders) counts as the latest when it arrives.
     */
    public void onOrderEvent(Event event) {
        Optional<Consumed.AboutOrder> about = Consumed.aboutOrder(event);
        if (about.isEmpty()) {
            return;
        }
        ViewedOrder order = order(about.get().orderId());
        order.belongsTo(about.get().customerId());
        Consumed read = Consumed.read(event).orElse(null);
        if (read instanceof Consumed.OrderPlaced placed) {
            order.placed(
                    placed.customerId(),
                    placed.placedAt(),
                    placed.units(),
                    event.keyVersion() == null ? 1 : event.keyVersion(),
                    event.occurredAt());
        } else if (read instanceof Consumed.LineAdded added) {
            order.linesAdded(added.quantity(), event.occurredAt());
        } else if (read instanceof Consumed.OrderStatusChanged changed) {
            long version = event.keyVersion() == null ? order.statusVersion() + 1 : event.keyVersion();
            order.statusAt(version, changed.status(), event.occurredAt());
        }
    }

    /** Inventory's reservation of an order's stock; picking events change nothing here. */
    public void onInventoryEvent(Event event) {
        if (Consumed.read(event).orElse(null) instanceof Consumed.StockChanged changed) {
            order(changed.orderId()).stock(changed.stock(), event.occurredAt());
        }
    }

    private ViewedCustomer customer(String id) {
        return rows.locked(ViewedCustomer.class, id, () -> new ViewedCustomer(id));
    }

    private ViewedOrder order(String id) {
        return rows.locked(ViewedOrder.class, id, () -> new ViewedOrder(id));
    }
}
