package dev.comptoir.orders.views.control;

import dev.comptoir.orders.eventstore.control.EventStore;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.views.entity.DailyTotal;
import dev.comptoir.orders.views.entity.OrderSummaryView;
import dev.comptoir.orders.views.entity.ProjectionPosition;
import dev.comptoir.orders.views.entity.StatusCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Keeps the views of one order up to date with its stream: reads from the event store every event after
 * the version its summary reflects and applies them in stream order, with the counters and the position,
 * in one transaction. A message that arrives twice or late finds nothing left to apply; one that arrives
 * early (an order's later event before an earlier one) applies the earlier one first, from the store.
 */
@ApplicationScoped
@Transactional
public class OrderProjector {

    public static final String PROJECTION = "order-views";

    private static final Map<String, String> STATUS_AFTER = Map.of(
            "OrderApproved", "APPROVED",
            "OrderRejected", "REJECTED",
            "OrderCancelled", "CANCELLED",
            "OrderShipped", "SHIPPED");

    @PersistenceContext(unitName = "orders-view")
    EntityManager view;

    @Inject
    EventStore store;

    public void catchUp(String orderId) {
        // One lock for all projector transactions: counters shared by every order stay exact.
        ProjectionPosition position = view.find(ProjectionPosition.class, PROJECTION, LockModeType.PESSIMISTIC_WRITE);
        if (position == null) {
            position = new ProjectionPosition(PROJECTION);
            view.persist(position);
        }
        OrderSummaryView summary = view.find(OrderSummaryView.class, orderId);
        for (RecordedEvent event : store.stream(orderId, summary == null ? 0 : summary.version(), Long.MAX_VALUE)) {
            summary = apply(summary, event);
            position.applied(event.position());
        }
    }

    private OrderSummaryView apply(OrderSummaryView summary, RecordedEvent event) {
        JsonObject payload = event.payload();
        switch (event.type()) {
            case "OrderPlaced" -> {
                summary = new OrderSummaryView(event.streamId());
                JsonArray lines = payload.getJsonArray("lines");
                int units = units(lines);
                Instant placedAt = Instant.parse(payload.getString("placedAt"));
                summary.placed(payload.getString("customerId"), placedAt, lines.toString(), units);
                summary.status("PLACED", null);
                view.persist(summary);
                count("PLACED", 1);
                daily(placedAt, 1, units);
            }
            case "LineAdded" -> {
                JsonObject line = payload.getJsonObject("line");
                JsonArray lines =
                        Json.createArrayBuilder(read(summary.lines())).add(line).build();
                summary.linesChanged(lines.toString(), summary.units() + line.getInt("quantity"));
                daily(summary.placedAt(), 0, line.getInt("quantity"));
            }
            default -> {
                String status = STATUS_AFTER.get(event.type());
                if (status == null) {
                    throw new IllegalStateException("The order views do not know " + event.type());
                }
                count(summary.status(), -1);
                count(status, 1);
                summary.status(status, payload.getString("reason", null));
            }
        }
        summary.reached(event.version());
        return summary;
    }

    private void count(String status, long delta) {
        StatusCount count = view.find(StatusCount.class, status);
        if (count == null) {
            count = new StatusCount(status);
            view.persist(count);
        }
        count.add(delta);
    }

    private void daily(Instant placedAt, long orders, long units) {
        String day = placedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        DailyTotal total = view.find(DailyTotal.class, day);
        if (total == null) {
            total = new DailyTotal(day);
            view.persist(total);
        }
        total.add(orders, units);
    }

    private static int units(JsonArray lines) {
        return lines.stream()
                .map(JsonValue::asJsonObject)
                .mapToInt(line -> line.getInt("quantity"))
                .sum();
    }

    static JsonArray read(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
