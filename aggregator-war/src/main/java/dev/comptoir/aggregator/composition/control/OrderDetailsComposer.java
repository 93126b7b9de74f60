package dev.comptoir.aggregator.composition.control;

import dev.comptoir.aggregator.composition.entity.OrderDetails;
import dev.comptoir.aggregator.composition.entity.OrderDetails.CustomerSummary;
import dev.comptoir.aggregator.composition.entity.OrderDetails.PricedLine;
import dev.comptoir.aggregator.customers.control.CustomersClient;
import dev.comptoir.aggregator.downstream.Downstream;
import dev.comptoir.aggregator.customers.entity.Customer;
import dev.comptoir.aggregator.inventory.control.InventoryClient;
import dev.comptoir.aggregator.inventory.entity.Product;
import dev.comptoir.aggregator.orders.control.OrdersClient;
import dev.comptoir.aggregator.orders.entity.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Composes an order's details: the order first, then its customer and its products in parallel. */
@ApplicationScoped
public class OrderDetailsComposer {

    @Inject
    OrdersClient orders;

    @Inject
    CustomersClient customers;

    @Inject
    InventoryClient inventory;

    @Inject
    @ConfigProperty(name = "composition.deadline-ms", defaultValue = "5000")
    long deadlineMillis;

    public OrderDetails compose(String orderId) {
        Instant deadline = Instant.now().plusMillis(deadlineMillis);
        Order order = Downstream.await(orders.order(orderId), "orders", deadline,
                new Downstream.Missing("order", orderId));

        CompletionStage<Customer> customerCall = customers.customer(order.customerId());
        Map<String, CompletionStage<Product>> productCalls = order.lines().stream()
                .map(Order.Line::sku)
                .distinct()
                .collect(Collectors.toMap(Function.identity(), inventory::product));

        Customer customer = Downstream.await(customerCall, "customers", deadline);
        Map<String, Product> products = productCalls.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, call -> Downstream.await(call.getValue(), "inventory", deadline)));

        List<PricedLine> lines = order.lines().stream().map(line -> price(line, products.get(line.sku()))).toList();
        BigDecimal total = lines.stream().map(PricedLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OrderDetails(order.id(), order.status(), order.placedAt(),
                new CustomerSummary(customer.id(), customer.name(), customer.email(), customer.creditAvailable()),
                lines, total);
    }

    private static PricedLine price(Order.Line line, Product product) {
        return new PricedLine(line.sku(), product.name(), product.price(), line.quantity(),
                product.price().multiply(BigDecimal.valueOf(line.quantity())));
    }
}
