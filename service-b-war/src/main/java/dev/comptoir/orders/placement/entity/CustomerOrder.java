package dev.comptoir.orders.placement.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.eventstore.entity.NewEvent;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The order aggregate, event-sourced: its state is only ever the result of applying its events in order
 * ({@link #apply}); a command checks the rules against that state and records new events, which it also
 * applies. "order" is an SQL keyword, hence the name.
 */
public class CustomerOrder {

    /** The schema of {@link #snapshot()}: a snapshot of another version is ignored and the stream replayed. */
    public static final int SNAPSHOT_SCHEMA_VERSION = 1;

    private final String id;
    private String customerId;
    private final List<OrderLine> lines = new ArrayList<>();
    private OrderStatus status;
    private Instant placedAt;
    private String rejectionReason;
    private long version;
    private final List<NewEvent> changes = new ArrayList<>();
    private String idempotencyKey;
    private final Evolution evolution = new Evolution();

    private CustomerOrder(String id) {
        this.id = id;
    }

    public static CustomerOrder place(String customerId, List<OrderLine> lines) {
        return place(UUID.randomUUID().toString(), null, customerId, lines);
    }

    /** With an idempotency key, the order id and its events' ids derive from it, so a retry repeats them. */
    public static CustomerOrder place(String id, String idempotencyKey, String customerId, List<OrderLine> lines) {
        CustomerOrder order = new CustomerOrder(id);
        order.idempotencyKey = idempotencyKey;
        List<OrderLine> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(new OrderLine(i + 1, lines.get(i).sku(), lines.get(i).quantity()));
        }
        // Microseconds: what the databases keep, so the views show the same instant as the events.
        order.record(new OrderPlaced(id, customerId, Instant.now().truncatedTo(ChronoUnit.MICROS), numbered));
        return order;
    }

    /** The state after these events (the whole stream, or what follows a snapshot). */
    public static CustomerOrder replay(String id, CustomerOrder fromSnapshot, List<RecordedEvent> events) {
        CustomerOrder order = fromSnapshot == null ? new CustomerOrder(id) : fromSnapshot;
        events.forEach(event -> order.apply(OrderEvent.read(event.type(), event.payload()), event.version()));
        return order;
    }

    public void addLine(String sku, int quantity) {
        require(status == OrderStatus.PLACED, "order-not-amendable", "Lines can be added to a placed order only");
        record(new LineAdded(id, customerId, new OrderLine(lines.size() + 1, sku, quantity)));
    }

    public void approve() {
        require(status == OrderStatus.PLACED, "order-not-approvable", "Only a placed order can be approved");
        record(new OrderApproved(id, customerId));
    }

    public void reject(String reason) {
        require(status == OrderStatus.PLACED, "order-not-rejectable", "Only a placed order can be rejected");
        record(new OrderRejected(id, customerId, reason));
    }

    /** Open orders (placed or approved) can be cancelled; a closed one cannot. */
    public void cancel() {
        require(status.isOpen(), "order-not-cancellable", "Only an open order can be cancelled");
        record(new OrderCancelled(id, customerId));
    }

    public void ship() {
        require(status == OrderStatus.APPROVED, "order-not-shippable", "Only an approved order can be shipped");
        record(new OrderShipped(id, customerId));
    }

    private void apply(OrderEvent event, long eventVersion) {
        event.accept(evolution);
        version = eventVersion;
    }

    /** How each event changes the state: the only place the state changes. */
    private final class Evolution implements OrderEvent.Handler {

        @Override
        public void on(OrderPlaced event) {
            customerId = event.customerId();
            placedAt = event.placedAt();
            lines.addAll(event.lines());
            status = OrderStatus.PLACED;
        }

        @Override
        public void on(LineAdded event) {
            lines.add(event.line());
        }

        @Override
        public void on(OrderApproved event) {
            status = OrderStatus.APPROVED;
        }

        @Override
        public void on(OrderRejected event) {
            status = OrderStatus.REJECTED;
            rejectionReason = event.reason();
        }

        @Override
        public void on(OrderCancelled event) {
            status = OrderStatus.CANCELLED;
        }

        @Override
        public void on(OrderShipped event) {
            status = OrderStatus.SHIPPED;
        }
    }

    private void record(OrderEvent event) {
        String eventId =
                idempotencyKey == null ? UUID.randomUUID().toString() : eventIdFor(id, idempotencyKey, changes.size());
        changes.add(new NewEvent(eventId, event.type().wireName(), event.type().schemaVersion(), event.toJson()));
        apply(event, version + 1);
    }

    private void require(boolean allowed, String slug, String title) {
        if (!allowed) {
            throw ProblemException.conflict(slug, title, "Order " + id + " is " + status);
        }
    }

    /** The full state as JSON, in {@link #SNAPSHOT_SCHEMA_VERSION}. */
    public JsonObject snapshot() {
        JsonObjectBuilder state = JSON.createObjectBuilder()
                .add("id", id)
                .add("customerId", customerId)
                .add("status", status.name())
                .add("placedAt", placedAt.toString())
                .add("lines", OrderLine.toJson(lines))
                .add("version", version);
        if (rejectionReason != null) {
            state.add("rejectionReason", rejectionReason);
        }
        return state.build();
    }

    public static CustomerOrder fromSnapshot(JsonObject state) {
        CustomerOrder order = new CustomerOrder(state.getString("id"));
        order.customerId = state.getString("customerId");
        order.status = OrderStatus.valueOf(state.getString("status"));
        order.placedAt = Instant.parse(state.getString("placedAt"));
        order.lines.addAll(OrderLine.from(state.getJsonArray("lines")));
        order.rejectionReason = state.getString("rejectionReason", null);
        order.version = state.getJsonNumber("version").longValue();
        return order;
    }

    /** The events the next commands record get ids derived from this key (a client's Idempotency-Key). */
    public void identifyChangesBy(String key) {
        this.idempotencyKey = key;
    }

    /** The id of the n-th event (from 0) a command with this idempotency key records on this order. */
    public static String eventIdFor(String orderId, String idempotencyKey, int n) {
        return UUID.nameUUIDFromBytes((orderId + "/" + idempotencyKey + "/" + n).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Events recorded by commands since the order was loaded, not yet appended. */
    public List<NewEvent> changes() {
        return List.copyOf(changes);
    }

    /** The version the order was loaded at: the one its new events must follow. */
    public long loadedVersion() {
        return version - changes.size();
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public OrderStatus status() {
        return status;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public long version() {
        return version;
    }
}
