package dev.comptoir.orders.saga.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.orders.placement.entity.OrderLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The calls the saga makes to Customers and Inventory ({@link SagaParticipant}, {@link Catalogue}, through
 * {@link Downstream}). A reservation carries the LRA's id in the
 * {@code Long-Running-Action} header, which makes the service join the LRA as a participant. The reservations and
 * the reads of the participants' records carry Orders' own service account's token ({@link ServiceAccount}: a
 * customer's token may do neither); a read of the catalogue carries the caller's. Each service may run as several
 * instances: each call goes to the first listed, and to the next only when one refuses the connection (nothing of the
 * call reached it, so a reservation cannot be made twice); a call that reached an instance and failed is the saga's to
 * handle, as with one instance.
 */
@ApplicationScoped
public class Participants {

    public static final String CUSTOMERS = "customers";
    public static final String INVENTORY = "inventory";
    public static final String UNREACHABLE = "unreachable";

    /**
     * Where the services' instances answer, on their servers' internal listeners, the one to call first first (in
     * the managed domain, the instance on Orders' own host); the defaults suit the single-server EAR.
     */
    @Inject
    @ConfigProperty(name = "comptoir.orders.saga.customers-url", defaultValue = "http://localhost:8180/customers")
    List<String> customers;

    @Inject
    @ConfigProperty(name = "comptoir.orders.saga.inventory-url", defaultValue = "http://localhost:8180/inventory")
    List<String> inventory;

    @Inject
    Downstream downstream;

    /** Inventory's product, with its price: the order keeps what was asked, Inventory the prices. */
    public Reply product(String sku) {
        return firstConnected(
                inventory,
                service -> downstream.call(() -> downstream.catalogue(service).product(sku)));
    }

    public Reply reserveCredit(String lraId, String customerId, String orderId, BigDecimal amount) {
        String body = JSON.createObjectBuilder()
                .add("customerId", customerId)
                .add("orderId", orderId)
                .add("amount", amount)
                .build()
                .toString();
        return firstConnected(
                customers,
                service -> downstream.call(() -> downstream.participant(service).reserveCredit(lraId, body)));
    }

    public Reply reserveStock(String lraId, String orderId, List<OrderLine> lines) {
        JsonArrayBuilder json = JSON.createArrayBuilder();
        lines.forEach(line ->
                json.add(JSON.createObjectBuilder().add("sku", line.sku()).add("quantity", line.quantity())));
        String body = JSON.createObjectBuilder()
                .add("orderId", orderId)
                .add("lines", json)
                .build()
                .toString();
        return firstConnected(
                inventory,
                service -> downstream.call(() -> downstream.participant(service).reserveStock(lraId, body)));
    }

    /**
     * Each participant's own word on where it stands in a saga, in the LRA protocol's words, read from its record
     * ({@link #participations}) rather than from its LRA {@code @Status}: a call carrying the LRA's header while the
     * saga's own step is in flight meets a race in WildFly 39's Narayana LRA filter ({@code Current.addActiveLRACache},
     * lra-service-base 1.0.3: a check, then an update) and fails that step with a 500 (docs/patterns/09-sagas.md).
     */
    public Map<String, String> statuses(String sagaId, String lraId) {
        return statusesOf(participations(sagaId, lraId));
    }

    /** The status in each participant's record. */
    public static Map<String, String> statusesOf(Map<String, JsonObject> records) {
        Map<String, String> statuses = new LinkedHashMap<>();
        records.forEach((participant, record) -> statuses.put(participant, record.getString("status")));
        return statuses;
    }

    /**
     * Each participant's own record of a saga ({@code saga/participations/{sagaId}}, an orchestrated saga's
     * named by its order, and found by its LRA's id, {@code lraId}, when given): each is asked, whether it joined or
     * not. Its status, failed attempts, parked or not, and operators' actions; or only a status, unknown (it never
     * heard of the saga) or unreachable.
     */
    public Map<String, JsonObject> participations(String sagaId, String lraId) {
        Map<String, JsonObject> records = new LinkedHashMap<>();
        records.put(CUSTOMERS, participation(sagaId, lraId, customers));
        records.put(INVENTORY, participation(sagaId, lraId, inventory));
        return records;
    }

    private JsonObject participation(String sagaId, String lraId, List<String> instances) {
        Reply reply = firstConnected(
                instances,
                service -> downstream.call(() -> downstream.participant(service).participation(sagaId, lraId)));
        if (reply.done() && reply.json() != null) {
            return reply.json();
        }
        String status = reply.status() == 404 ? "unknown" : UNREACHABLE;
        return JSON.createObjectBuilder().add("status", status).build();
    }

    /** The call on each instance in turn, until one accepts the connection; the last one's reply if none does. */
    private static Reply firstConnected(List<String> instances, Function<String, Reply> call) {
        Reply reply = null;
        for (String instance : instances) {
            reply = call.apply(instance);
            if (reply.connected()) {
                return reply;
            }
        }
        return reply;
    }
}
