package dev.comptoir.aggregator.customerview.control;

import static dev.comptoir.kit.json.Jsonp.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.aggregator.customerview.entity.ViewedCustomer;
import dev.comptoir.aggregator.customerview.entity.ViewedOrder;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.inbox.ProjectionRows;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The decisions of the customer view on events that arrive in any order. The rows are kept in a map here: which
 * row an event changes, and how, is the projection's; locking and inserting them is {@link ProjectionRows}'s,
 * proven by CustomerViewIT.
 */
class CustomerViewProjectionTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final Map<String, Object> rows = new HashMap<>();
    private final CustomerViewProjection projection = new CustomerViewProjection();

    {
        projection.rows = new ProjectionRows() {
            @Override
            public <T> T locked(Class<T> type, Object id, Supplier<T> blank) {
                return type.cast(rows.computeIfAbsent(type.getSimpleName() + " " + id, key -> blank.get()));
            }
        };
    }

    @Test
    void anOrdersLatestStatusWinsWhicheverEventArrivesFirst() {
        projection.onOrderEvent(event("OrderApproved", 2L, 1, order()));
        projection.onOrderEvent(event(
                "OrderPlaced",
                1L,
                0,
                order().add("placedAt", T0.toString())
                        .add(
                                "lines",
                                JSON.createArrayBuilder()
                                        .add(JSON.createObjectBuilder()
                                                .add("sku", "MUG")
                                                .add("quantity", 2))
                                        .add(JSON.createObjectBuilder()
                                                .add("sku", "COFFEE")
                                                .add("quantity", 1)))));
        projection.onOrderEvent(event(
                "LineAdded",
                3L,
                2,
                order().add("line", JSON.createObjectBuilder().add("sku", "MUG").add("quantity", 4))));

        ViewedOrder order = order("o-1");
        assertEquals("APPROVED", order.status());
        assertEquals(T0, order.placedAt());
        assertEquals(7, order.itemCount());
        assertEquals(T0.plusSeconds(2), order.lastEventAt());
    }

    @Test
    void aStatusSentWithoutAVersionCountsAsTheLatestWhenItArrives() {
        projection.onOrderEvent(event("OrderApproved", 2L, 0, order()));
        projection.onOrderEvent(event("OrderShipped", null, 1, order()));

        assertEquals("SHIPPED", order("o-1").status());
        assertEquals(3, order("o-1").statusVersion());
    }

    @Test
    void aReleasedOrConfirmedStockReservationIsNotUndoneByALateReserved() {
        projection.onOrderEvent(event(
                "OrderPlaced", 1L, 0, order().add("placedAt", T0.toString()).add("lines", JSON.createArrayBuilder())));
        assertEquals("NONE", order("o-1").stockShown(), "an open order without a reservation");

        projection.onInventoryEvent(
                event("StockReleased", null, 1, JSON.createObjectBuilder().add("orderId", "o-1")));
        projection.onInventoryEvent(
                event("StockReserved", null, 2, JSON.createObjectBuilder().add("orderId", "o-1")));
        projection.onInventoryEvent(
                event("ProductPicked", null, 3, JSON.createObjectBuilder().add("orderId", "o-1")));

        assertEquals("RELEASED", order("o-1").stockShown());
        projection.onOrderEvent(event("OrderRejected", 2L, 4, order()));
        assertNull(order("o-1").stockShown(), "a closed order shows no reservation");
    }

    @Test
    void keepsTheNewestProfileAndSumsTheCreditEventsInAnyOrder() {
        projection.onCustomerEvent(event("CreditConfirmed", null, 3, credit("30.00")));
        projection.onCustomerEvent(event("CustomerChanged", 2L, 1, profile("Ana B.", "200.00")));
        projection.onCustomerEvent(event("CustomerRegistered", 1L, 0, profile("Ana", "100.00")));
        projection.onCustomerEvent(event("CreditReserved", null, 2, credit("30.00")));
        projection.onCustomerEvent(event("CreditReserved", null, 4, credit("20.00")));
        projection.onCustomerEvent(event("CreditReleased", null, 5, credit("20.00")));

        ViewedCustomer customer = (ViewedCustomer) rows.get("ViewedCustomer c-1");
        assertTrue(customer.isKnown());
        assertEquals("Ana B.", customer.name());
        assertEquals(new BigDecimal("200.00"), customer.creditLimit());
        assertEquals(new BigDecimal("170.00"), customer.creditAvailable());
    }

    @Test
    void anOrderEventWithoutAnOrderIdChangesNothing() {
        projection.onOrderEvent(
                event("OrderApproved", 2L, 0, JSON.createObjectBuilder().add("customerId", "c-1")));

        assertEquals(Map.of(), rows);
    }

    private ViewedOrder order(String id) {
        return (ViewedOrder) rows.get("ViewedOrder " + id);
    }

    private static jakarta.json.JsonObjectBuilder order() {
        return JSON.createObjectBuilder().add("orderId", "o-1").add("customerId", "c-1");
    }

    private static jakarta.json.JsonObjectBuilder credit(String amount) {
        return JSON.createObjectBuilder().add("customerId", "c-1").add("amount", new BigDecimal(amount));
    }

    private static jakarta.json.JsonObjectBuilder profile(String name, String limit) {
        return JSON.createObjectBuilder()
                .add("customerId", "c-1")
                .add("name", name)
                .add("creditLimit", new BigDecimal(limit));
    }

    private static Event event(String type, Long keyVersion, int second, jakarta.json.JsonObjectBuilder payload) {
        JsonObject body = payload.build();
        return new Event(type + "-" + second, type, 1, T0.plusSeconds(second), null, "key", keyVersion, body);
    }
}
