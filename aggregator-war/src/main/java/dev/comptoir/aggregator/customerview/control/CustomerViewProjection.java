package dev.comptoir.aggregator.customerview.control;

import dev.comptoir.aggregator.customerview.entity.ViewedCustomer;
import dev.comptoir.aggregator.customerview.entity.ViewedOrder;
import dev.comptoir.kit.messaging.Event;
import dev.comptoir.kit.messaging.inbox.ProjectionRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Applies the three services' events to the customer view, in the listener's transaction (with the inbox
 * row and the acknowledgement). Each row is locked while it changes: the listeners run several sessions,
 * so two events of one order may be applied at once; the first events about an order or a customer make its
 * row first ({@link ProjectionRows}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustomerViewProjection {

    private static final Map<String, String> STATUS_AFTER = Map.of(
            "OrderApproved", "APPROVED",
            "OrderRejected", "REJECTED",
            "OrderCancelled", "CANCELLED",
            "OrderShipped", "SHIPPED");

    private static final Map<String, String> STOCK_AFTER = Map.of(
            "StockReserved", "RESERVED",
            "StockReleased", "RELEASED",
            "StockConfirmed", "CONFIRMED");

    @Inject
    ProjectionRows rows;

    /** CustomerRegistered and CustomerChanged (the profile), and the credit events (the credit in use). */
    public void onCustomerEvent(Event event) {
        JsonObject payload = event.payload();
        switch (event.type()) {
            case "CustomerRegistered", "CustomerChanged" ->
                customer(payload.getString("customerId"))
                        .told(
                                event.keyVersion() == null ? Long.MAX_VALUE : event.keyVersion(),
                                payload.getString("name"),
                                payload.getJsonNumber("creditLimit").bigDecimalValue(),
                                event.occurredAt());
            case "CreditReserved" ->
                customer(payload.getString("customerId")).creditReserved(amount(payload), event.occurredAt());
            case "CreditReleased" ->
                customer(payload.getString("customerId")).creditReleased(amount(payload), event.occurredAt());
            case "CreditConfirmed" ->
                customer(payload.getString("customerId")).creditConfirmed(amount(payload), event.occurredAt());
            default -> {
                // Nothing else Customers says changes the view.
            }
        }
    }

    /**
     * OrderPlaced, LineAdded and the status changes. The stream version says which status is the latest;
     * an event sent without one (by a client other than Orders) counts as the latest when it arrives.
     */
    public void onOrderEvent(Event event) {
        JsonObject payload = event.payload();
        if (!payload.containsKey("orderId")) {
            return;
        }
        ViewedOrder order = order(payload.getString("orderId"));
        order.belongsTo(payload.getString("customerId", null));
        switch (event.type()) {
            case "OrderPlaced" ->
                order.placed(
                        payload.getString("customerId"),
                        Instant.parse(payload.getString("placedAt")),
                        units(payload.getJsonArray("lines")),
                        event.keyVersion() == null ? 1 : event.keyVersion(),
                        event.occurredAt());
            case "LineAdded" -> order.linesAdded(payload.getJsonObject("line").getInt("quantity"), event.occurredAt());
            default -> {
                String status = STATUS_AFTER.get(event.type());
                if (status != null) {
                    long version = event.keyVersion() == null ? order.statusVersion() + 1 : event.keyVersion();
                    order.statusAt(version, status, event.occurredAt());
                }
            }
        }
    }

    /** Inventory's reservation of an order's stock; picking events change nothing here. */
    public void onInventoryEvent(Event event) {
        String stock = STOCK_AFTER.get(event.type());
        if (stock != null) {
            order(event.payload().getString("orderId")).stock(stock, event.occurredAt());
        }
    }

    private ViewedCustomer customer(String id) {
        return rows.locked(ViewedCustomer.class, id, () -> new ViewedCustomer(id));
    }

    private ViewedOrder order(String id) {
        return rows.locked(ViewedOrder.class, id, () -> new ViewedOrder(id));
    }

    private static BigDecimal amount(JsonObject payload) {
        return payload.getJsonNumber("amount").bigDecimalValue();
    }

    private static int units(JsonArray lines) {
        return lines.stream()
                .map(JsonValue::asJsonObject)
                .mapToInt(line -> line.getInt("quantity"))
                .sum();
    }
}
