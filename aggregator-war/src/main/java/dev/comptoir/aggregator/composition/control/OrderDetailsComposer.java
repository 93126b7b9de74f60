package dev.comptoir.aggregator.composition.control;

import dev.comptoir.aggregator.composition.entity.OrderDetails;
import dev.comptoir.aggregator.composition.entity.OrderDetails.CustomerSummary;
import dev.comptoir.aggregator.composition.entity.OrderDetails.PricedLine;
import dev.comptoir.aggregator.customers.control.CustomersClient;
import dev.comptoir.aggregator.customers.entity.Customer;
import dev.comptoir.aggregator.downstream.Fanout;
import dev.comptoir.aggregator.downstream.Fanouts;
import dev.comptoir.aggregator.inventory.control.InventoryClient;
import dev.comptoir.aggregator.inventory.entity.Product;
import dev.comptoir.aggregator.orders.control.OrdersClient;
import dev.comptoir.aggregator.orders.entity.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The composer of an order's details. Orders is asked first (a dependent call: the order names the
 * customer and the SKUs to ask for); then Customers and Inventory in parallel. The order and its
 * customer are required (a customer Customers does not know leaves it out, reported {@code missing}); prices
 * are optional: without them the lines still show, unpriced.
 */
@ApplicationScoped
public class OrderDetailsComposer {

    @Inject
    Fanouts fanouts;

    @Inject
    OrdersClient orders;

    @Inject
    CustomersClient customers;

    @Inject
    InventoryClient inventory;

    public OrderDetails compose(String orderId) {
        Fanout fanout = fanouts.begin();
        Order order = fanout.required(
                fanout.start("order", "orders", () -> orders.order(orderId)), new Fanout.Missing("order", orderId));

        Fanout.Part<Customer> customerCall =
                fanout.start("customer", "customers", () -> customers.customer(order.customerId()));
        Map<String, Fanout.Part<Product>> productCalls = new LinkedHashMap<>();
        order.lines()
                .forEach(line -> productCalls.computeIfAbsent(
                        line.sku(), sku -> fanout.start("product:" + sku, "inventory", () -> inventory.product(sku))));

        // An order placed for a customer Customers does not know: the details say so (customer null), not 503.
        Optional<Customer> customer = fanout.requiredUnlessMissing(customerCall, "customer");
        List<PricedLine> lines = order.lines().stream()
                .map(line -> price(line, fanout.optional(productCalls.get(line.sku()))))
                .toList();
        BigDecimal total = lines.stream().map(PricedLine::lineTotal).anyMatch(Objects::isNull)
                ? null
                : lines.stream().map(PricedLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal creditAfter = order.creditAvailableAfter(
                customer.map(Customer::creditAvailable).orElse(null), total);

        return new OrderDetails(
                order.id(),
                order.status(),
                order.placedAt(),
                customer.map(known ->
                                new CustomerSummary(known.id(), known.name(), known.email(), known.creditAvailable()))
                        .orElse(null),
                lines,
                total,
                creditAfter,
                fanout.complete(),
                fanout.sources());
    }

    private static PricedLine price(Order.Line line, Optional<Product> product) {
        return product.map(p -> new PricedLine(
                        line.sku(),
                        p.name(),
                        p.price(),
                        line.quantity(),
                        p.price().multiply(BigDecimal.valueOf(line.quantity()))))
                .orElse(new PricedLine(line.sku(), null, null, line.quantity(), null));
    }
}
