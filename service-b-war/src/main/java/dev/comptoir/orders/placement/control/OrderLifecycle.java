package dev.comptoir.orders.placement.control;

import dev.comptoir.orders.placement.entity.CustomerOrder;
import dev.comptoir.orders.placement.entity.OrderLine;
import dev.comptoir.orders.placement.entity.PlaceOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Each change of an order and the messages it sends, in one transaction: both happen or neither. */
@ApplicationScoped
@Transactional
public class OrderLifecycle {

    @Inject
    OrderRepository orders;

    @Inject
    OrderEvents events;

    public CustomerOrder place(PlaceOrder command) {
        CustomerOrder order = orders.add(new CustomerOrder(
                command.customerId(),
                command.lines().stream()
                        .map(line -> new OrderLine(line.sku(), line.quantity()))
                        .toList()));
        events.placed(order);
        return order;
    }

    public CustomerOrder approve(String id) {
        CustomerOrder order = orders.get(id);
        order.approve();
        events.approved(order);
        return order;
    }

    public CustomerOrder cancel(String id) {
        CustomerOrder order = orders.get(id);
        order.cancel();
        events.cancelled(order);
        return order;
    }
}
