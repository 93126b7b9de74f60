package dev.comptoir.aggregator.aggregation.control;

import dev.comptoir.aggregator.aggregation.entity.CustomerAggregate;
import dev.comptoir.aggregator.aggregation.entity.CustomerHome;
import dev.comptoir.aggregator.customers.control.CustomersClient;
import dev.comptoir.aggregator.downstream.Fanout;
import dev.comptoir.aggregator.downstream.Fanouts;
import dev.comptoir.aggregator.inventory.control.InventoryClient;
import dev.comptoir.aggregator.orders.control.OrdersClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Asks several providers at once about a customer, and puts their answers together as they wrote them. */
@ApplicationScoped
public class CustomerAggregator {

    private static final int CATALOGUE_SIZE = 10;

    @Inject
    Fanouts fanouts;

    @Inject
    CustomersClient customers;

    @Inject
    OrdersClient orders;

    @Inject
    InventoryClient inventory;

    public CustomerAggregate aggregate(String customerId) {
        Fanout fanout = fanouts.begin();
        Fanout.Part<JsonObject> customer =
                fanout.start("customer", "customers", () -> customers.customerDocument(customerId));
        Fanout.Part<JsonArray> customerOrders =
                fanout.start("orders", "orders", () -> orders.ordersDocument(customerId));
        Fanout.Part<JsonArray> reservations =
                fanout.start("creditReservations", "customers", () -> customers.reservationsDocument(customerId));

        return new CustomerAggregate(
                fanout.required(customer, new Fanout.Missing("customer", customerId)),
                fanout.optional(customerOrders).orElse(null),
                fanout.optional(reservations).orElse(null),
                fanout.sources());
    }

    /** The customer's home page: A, B and C asked at once, with no call waiting for another. */
    public CustomerHome home(String customerId) {
        Fanout fanout = fanouts.begin();
        Fanout.Part<JsonObject> customer =
                fanout.start("customer", "customers", () -> customers.customerDocument(customerId));
        Fanout.Part<JsonArray> customerOrders =
                fanout.start("orders", "orders", () -> orders.ordersDocument(customerId));
        Fanout.Part<JsonObject> catalogue =
                fanout.start("catalogue", "inventory", () -> inventory.catalogueDocument(CATALOGUE_SIZE));

        return new CustomerHome(
                fanout.required(customer, new Fanout.Missing("customer", customerId)),
                fanout.optional(customerOrders).orElse(null),
                fanout.optional(catalogue).orElse(null),
                fanout.sources());
    }
}
