package dev.comptoir.orders.placement.entity;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.eventstore.control.Upcasters;
import dev.comptoir.orders.eventstore.entity.NewEvent;
import dev.comptoir.orders.eventstore.entity.RecordedEvent;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
        JsonArrayBuilder numbered = JSON.createArrayBuilder();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(line(i + 1, lines.get(i).sku(), lines.get(i).quantity()));
        }
        order.record(
                "OrderPlaced",
                about(order.id, customerId)
                        // Microseconds: what the databases keep, so the views show the same instant as the events.
                        .add(
                                "placedAt",
                                Instant.now().truncatedTo(ChronoUnit.MICROS).toString())
                        .add("lines", numbered));
        return order;
    }

    /** The state after these events (the whole stream, or what follows a snapshot). */
    public static CustomerOrder replay(String id, CustomerOrder fromSnapshot, List<RecordedEvent> events) {
        CustomerOrder order = fromSnapshot == null ? new CustomerOrder(id) : fromSnapshot;
        events.forEach(event -> order.apply(event.type(), event.payload(), event.version()));
        return order;
    }

    public void addLine(String sku, int quantity) {
        require(status == OrderStatus.PLACED, "order-not-amendable", "Lines can be added to a placed order only");
        record("LineAdded", about(id, customerId).add("line", line(lines.size() + 1, sku, quantity)));
    }

    public void approve() {
        require(status == OrderStatus.PLACED, "order-not-approvable", "Only a placed order can be approved");
        record("OrderApproved", about(id, customerId));
    }

    public void reject(String reason) {
        require(status == OrderStatus.PLACED, "order-not-rejectable", "Only a placed order can be rejected");
        record("OrderRejected", about(id, customerId).add("reason", reason));
    }

    /** Open orders (placed or approved) can be cancelled; a closed one cannot. */
    public void cancel() {
        require(status.isOpen(), "order-not-cancellable", "Only an open order can be cancelled");
        record("OrderCancelled", about(id, customerId));
    }

    public void ship() {
        require(status == OrderStatus.APPROVED, "order-not-shippable", "Only an approved order can be shipped");
        record("OrderShipped", about(id, customerId));
    }

    private void apply(String type, JsonObject event, long eventVersion) {
        switch (type) {
            case "OrderPlaced" -> {
                customerId = event.getString("customerId");
                placedAt = Instant.parse(event.getString("placedAt"));
                event.getJsonArray("lines").stream()
                        .map(JsonValue::asJsonObject)
                        .forEach(this::addLineOf);
                status = OrderStatus.PLACED;
            }
            case "LineAdded" -> addLineOf(event.getJsonObject("line"));
            case "OrderApproved" -> status = OrderStatus.APPROVED;
            case "OrderRejected" -> {
                status = OrderStatus.REJECTED;
                rejectionReason = event.getString("reason");
            }
            case "OrderCancelled" -> status = OrderStatus.CANCELLED;
            case "OrderShipped" -> status = OrderStatus.SHIPPED;
            default -> throw new IllegalStateException("Order " + id + " has an event it does not know: " + type);
        }
        version = eventVersion;
    }

    private void addLineOf(JsonObject line) {
        lines.add(new OrderLine(line.getInt("lineNo"), line.getString("sku"), line.getInt("quantity")));
    }

    private void record(String type, JsonObjectBuilder payload) {
        JsonObject event = payload.build();
        String eventId =
                idempotencyKey == null ? UUID.randomUUID().toString() : eventIdFor(id, idempotencyKey, changes.size());
        changes.add(new NewEvent(eventId, type, Upcasters.current(type), event));
        apply(type, event, version + 1);
    }

    private void require(boolean allowed, String slug, String title) {
        if (!allowed) {
            throw ProblemException.conflict(slug, title, "Order " + id + " is " + status);
        }
    }

    /** The full state as JSON, in {@link #SNAPSHOT_SCHEMA_VERSION}. */
    public JsonObject snapshot() {
        JsonArrayBuilder snapshotLines = JSON.createArrayBuilder();
        lines.forEach(line -> snapshotLines.add(line(line.lineNo(), line.sku(), line.quantity())));
        JsonObjectBuilder state = JSON.createObjectBuilder()
                .add("id", id)
                .add("customerId", customerId)
                .add("status", status.name())
                .add("placedAt", placedAt.toString())
                .add("lines", snapshotLines)
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
        state.getJsonArray("lines").stream().map(JsonValue::asJsonObject).forEach(order::addLineOf);
        order.rejectionReason = state.getString("rejectionReason", null);
        order.version = state.getJsonNumber("version").longValue();
        return order;
    }

    private static JsonObjectBuilder about(String orderId, String customerId) {
        return JSON.createObjectBuilder().add("orderId", orderId).add("customerId", customerId);
    }

    private static JsonObjectBuilder line(int lineNo, String sku, int quantity) {
        return JSON.createObjectBuilder().add("lineNo", lineNo).add("sku", sku).add("quantity", quantity);
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
