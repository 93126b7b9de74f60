package dev.comptoir.orders.views.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.orders.eventstore.control.EventStore;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import dev.comptoir.orders.placement.entity.LineAdded;
import dev.comptoir.orders.placement.entity.OrderApproved;
import dev.comptoir.orders.placement.entity.OrderCancelled;
import dev.comptoir.orders.placement.entity.OrderEvent;
import dev.comptoir.orders.placement.entity.OrderLine;
import dev.comptoir.orders.placement.entity.OrderPlaced;
import dev.comptoir.orders.placement.entity.OrderRejected;
import dev.comptoir.orders.placement.entity.OrderShipped;
import dev.comptoir.orders.views.entity.DailyTotal;
import dev.comptoir.orders.views.entity.OrderSummaryView;
import dev.comptoir.orders.views.entity.StatusCount;
import dev.comptoir.orders.views.entity.ViewKey;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the views of one generation, inside the caller's transaction (which holds the projection's lock).
 * Each order's events apply in stream order, each once: an event at or below the version its summary
 * reflects is skipped, and one beyond the next version first brings the order up from the store. That one
 * rule serves the live projector (an event per message, in any order) and a rebuild (every event in
 * position order, with the live projector writing into the same generation meanwhile).
 */
final class ViewGeneration {

    private final EntityManager view;
    private final EventStore store;
    private final long generation;
    /** Summaries read in this transaction, null where the order has none yet: saves a query per event. */
    private final Map<String, OrderSummaryView> summaries = new HashMap<>();
    /** Lines of the orders that got lines in this batch, parsed once and written back once at its end. */
    private final Map<String, JsonArrayBuilder> addedLines = new HashMap<>();

    private final Projection projection = new Projection();

    ViewGeneration(EntityManager view, EventStore store, long generation) {
        this.view = view;
        this.store = store;
        this.generation = generation;
    }

    /**
     * Applies every stored event of the order after the version its summary reflects; answers the global
     * position of the last one applied, 0 if none was.
     */
    private long catchUp(String orderId) {
        long position = 0;
        for (RecordedEvent event : store.stream(orderId, versionOf(orderId), Long.MAX_VALUE)) {
            apply(event);
            position = event.position();
        }
        return position;
    }

    /**
     * Offers each event in turn; answers the highest global position applied, 0 if every one was applied
     * before.
     */
    long offerAll(List<RecordedEvent> events) {
        long position = 0;
        for (RecordedEvent event : events) {
            position = Math.max(position, offer(event));
        }
        writeLines();
        return position;
    }

    /**
     * Applies one event if it is the order's next; catches up from the store first if earlier ones are
     * missing. Answers the global position of the last event applied, 0 if the event was applied before.
     */
    private long offer(RecordedEvent event) {
        return switch (offered(event.version(), versionOf(event.streamId()))) {
            case APPLY -> {
                apply(event);
                yield event.position();
            }
            case CATCH_UP -> catchUp(event.streamId());
            case SKIP -> 0;
        };
    }

    /** What an offered event does to an order's summary: applies as its next, brings it up first, or is old. */
    enum Offer {
        APPLY,
        CATCH_UP,
        SKIP
    }

    /** @param reflected the version the order's summary reflects, 0 if it has none */
    static Offer offered(long eventVersion, long reflected) {
        if (eventVersion == reflected + 1) {
            return Offer.APPLY;
        }
        return eventVersion > reflected ? Offer.CATCH_UP : Offer.SKIP;
    }

    /** Reads the summaries of these orders in one query, for a batch of events about them. */
    void preload(Collection<String> orderIds) {
        orderIds.forEach(id -> summaries.putIfAbsent(id, null));
        view.createQuery(
                        "SELECT o FROM OrderSummaryView o WHERE o.key.generation = :generation"
                                + " AND o.key.name IN :ids",
                        OrderSummaryView.class)
                .setParameter("generation", generation)
                .setParameter("ids", orderIds)
                .getResultList()
                .forEach(summary -> summaries.put(summary.orderId(), summary));
    }

    long versionOf(String orderId) {
        OrderSummaryView summary = summary(orderId);
        return summary == null ? 0 : summary.version();
    }

    private OrderSummaryView summary(String orderId) {
        if (!summaries.containsKey(orderId)) {
            summaries.put(orderId, view.find(OrderSummaryView.class, new ViewKey(generation, orderId)));
        }
        return summaries.get(orderId);
    }

    private void apply(RecordedEvent event) {
        OrderEvent.read(event.type(), event.payload()).accept(projection);
        summary(event.streamId()).reached(event.version());
    }

    /** What each event changes in the views. */
    private final class Projection implements OrderEvent.Handler {

        @Override
        public void on(OrderPlaced event) {
            OrderSummaryView summary = new OrderSummaryView(generation, event.orderId());
            int units = event.units();
            summary.placed(
                    event.customerId(),
                    event.placedAt(),
                    OrderLine.toJson(event.lines()).toString(),
                    units);
            summary.status("PLACED", null);
            view.persist(summary);
            summaries.put(event.orderId(), summary);
            count("PLACED", 1);
            daily(event.placedAt(), 1, units);
        }

        @Override
        public void on(LineAdded event) {
            OrderSummaryView summary = summary(event.orderId());
            addedLines
                    .computeIfAbsent(event.orderId(), id -> JSON.createArrayBuilder(read(summary.lines())))
                    .add(event.line().toJson());
            summary.unitsAdded(event.line().quantity());
            daily(summary.placedAt(), 0, event.line().quantity());
        }

        @Override
        public void on(OrderApproved event) {
            statusChanged(event, "APPROVED", null);
        }

        @Override
        public void on(OrderRejected event) {
            statusChanged(event, "REJECTED", event.reason());
        }

        @Override
        public void on(OrderCancelled event) {
            statusChanged(event, "CANCELLED", null);
        }

        @Override
        public void on(OrderShipped event) {
            statusChanged(event, "SHIPPED", null);
        }

        private void statusChanged(OrderEvent event, String status, String reason) {
            OrderSummaryView summary = summary(event.orderId());
            count(summary.status(), -1);
            count(status, 1);
            summary.status(status, reason);
        }
    }

    private void writeLines() {
        addedLines.forEach(
                (orderId, lines) -> summary(orderId).linesChanged(lines.build().toString()));
        addedLines.clear();
    }

    private void count(String status, long delta) {
        StatusCount count = view.find(StatusCount.class, new ViewKey(generation, status));
        if (count == null) {
            count = new StatusCount(generation, status);
            view.persist(count);
        }
        count.add(delta);
    }

    private void daily(Instant placedAt, long orders, long units) {
        String day = placedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        DailyTotal total = view.find(DailyTotal.class, new ViewKey(generation, day));
        if (total == null) {
            total = new DailyTotal(generation, day);
            view.persist(total);
        }
        total.add(orders, units);
    }

    private static JsonArray read(String json) {
        return JSON.createReader(new StringReader(json)).readArray();
    }
}
