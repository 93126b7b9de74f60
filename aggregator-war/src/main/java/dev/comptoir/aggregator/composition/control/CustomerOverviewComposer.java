package dev.comptoir.aggregator.composition.control;

import dev.comptoir.aggregator.composition.entity.CustomerOverview;
import dev.comptoir.aggregator.customers.control.CustomersClient;
import dev.comptoir.aggregator.customers.entity.Customer;
import dev.comptoir.aggregator.downstream.Fanout;
import dev.comptoir.aggregator.downstream.Fanouts;
import dev.comptoir.aggregator.inventory.control.InventoryClient;
import dev.comptoir.aggregator.inventory.entity.StockReservation;
import dev.comptoir.aggregator.orders.control.OrdersClient;
import dev.comptoir.aggregator.orders.entity.Order;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The composer of a customer's overview. Customers and Orders are asked in parallel; then, depending on
 * Orders' answer, Inventory is asked only about the open orders (a conditional, dependent call).
 * The customer is required; orders and stock are optional.
 */
@ApplicationScoped
public class CustomerOverviewComposer {

    private static final String NO_RESERVATION =
            ProblemException.notFound("stock-reservation", "").problem().type();

    @Inject
    Fanouts fanouts;

    @Inject
    CustomersClient customers;

    @Inject
    OrdersClient orders;

    @Inject
    InventoryClient inventory;

    public CustomerOverview compose(String customerId) {
        Fanout fanout = fanouts.begin();
        Fanout.Part<Customer> customerCall =
                fanout.start("customer", "customers", () -> customers.customer(customerId));
        Fanout.Part<List<Order>> ordersCall = fanout.start("orders", "orders", () -> orders.ordersOf(customerId));

        Customer customer = fanout.required(customerCall, new Fanout.Missing("customer", customerId));
        Optional<List<Order>> customerOrders = fanout.optional(ordersCall);
        if (customerOrders.isEmpty()) {
            return new CustomerOverview(
                    customer.id(),
                    customer.name(),
                    customer.creditLimit(),
                    customer.creditAvailable(),
                    null,
                    null,
                    false,
                    fanout.sources());
        }

        List<Order> open = customerOrders.get().stream().filter(Order::isOpen).toList();
        Map<String, Fanout.Part<StockReservation>> stockCalls = open.stream()
                .collect(Collectors.toMap(
                        Order::id,
                        order -> fanout.start(
                                "stock:" + order.id(), "inventory", () -> inventory.stockReservation(order.id()))));
        // Not Collectors.toMap: a stock status Inventory could not give is null, which toMap refuses.
        Map<String, String> stock = new HashMap<>();
        open.forEach(order -> stock.put(
                order.id(),
                fanout.optionalOrAbsent(stockCalls.get(order.id()), NO_RESERVATION)
                        .map(StockReservation::status)
                        .orElse(fanout.sources().get("stock:" + order.id()).ok() ? "NONE" : null)));

        List<CustomerOverview.OrderLine> lines = customerOrders.get().stream()
                .map(order -> new CustomerOverview.OrderLine(
                        order.id(),
                        order.status(),
                        order.placedAt(),
                        order.itemCount(),
                        order.isOpen(),
                        stock.get(order.id())))
                .toList();
        return new CustomerOverview(
                customer.id(),
                customer.name(),
                customer.creditLimit(),
                customer.creditAvailable(),
                open.size(),
                lines,
                fanout.complete(),
                fanout.sources());
    }
}
