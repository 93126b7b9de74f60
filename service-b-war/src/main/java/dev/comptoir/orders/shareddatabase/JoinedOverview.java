package dev.comptoir.orders.shareddatabase;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.orders.views.control.ProjectionStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A customer's overview as one SQL query over three services' tables: Customers' customer, Orders' order views
 * (the generation readers see) and Inventory's stock reservations, in the shape of the gateway's composed
 * overview ({@code GET /api/customers/{id}/overview}). One snapshot of all three, no fan-out and no partial
 * answer: and no way for Customers or Inventory to change those tables without breaking it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JoinedOverview {

    private static final String QUERY = "SELECT c.ID, c.NAME, c.CREDITLIMIT,"
            + " c.CREDITLIMIT - c.CREDITRESERVED - c.CREDITCONFIRMED,"
            + " o.ORDERID, o.STATUS, o.PLACEDAT, o.UNITS,"
            + " CASE WHEN o.STATUS IN ('PLACED', 'APPROVED') THEN COALESCE(r.STATUS, 'NONE') END"
            + " FROM customers.CUSTOMER c"
            + " LEFT JOIN orders_view.VIEW_ORDER_SUMMARY o ON o.CUSTOMERID = c.ID AND o.GENERATION ="
            + " (SELECT p.GENERATION FROM orders_view.PROJECTION_STATE p WHERE p.PROJECTION = ?)"
            + " LEFT JOIN inventory.STOCKRESERVATION r ON r.ORDERID = o.ORDERID"
            + " WHERE c.ID = ?"
            + " ORDER BY o.PLACEDAT DESC, o.ORDERID";

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    public JsonObject of(String customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUERY)
                .setParameter(1, ProjectionStates.ORDER_VIEWS)
                .setParameter(2, customerId)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("customer", customerId);
        }
        Object[] customer = rows.get(0);
        JsonArrayBuilder orders = JSON.createArrayBuilder();
        int open = 0;
        for (Object[] row : rows) {
            if (row[4] == null) {
                continue; // the customer's one row when they have no order (LEFT JOIN)
            }
            boolean isOpen = row[8] != null;
            open += isOpen ? 1 : 0;
            JsonObjectBuilder line = JSON.createObjectBuilder()
                    .add("orderId", (String) row[4])
                    .add("status", (String) row[5])
                    .add("placedAt", instant(row[6]).toString())
                    .add("itemCount", ((Number) row[7]).intValue())
                    .add("open", isOpen);
            orders.add(isOpen ? line.add("stock", (String) row[8]) : line.addNull("stock"));
        }
        return JSON.createObjectBuilder()
                .add("customerId", (String) customer[0])
                .add("name", (String) customer[1])
                .add("creditLimit", (BigDecimal) customer[2])
                .add("creditAvailable", (BigDecimal) customer[3])
                .add("openOrderCount", open)
                .add("orders", orders)
                .add("complete", true)
                .build();
    }

    /**
     * Orders' view holds placedAt as EclipseLink wrote it: an Instant it had no converter for, so a serialized Java
     * object (VARBINARY, bytea), which only Java reads back; that such a detail of another service's storage lands
     * here is the coupling this package shows. A TIMESTAMP, should the view change, comes back in the driver's type.
     */
    private static Instant instant(Object value) {
        if (value instanceof byte[] serialized) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
                return (Instant) in.readObject();
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("Unreadable placedAt in Orders' view", e);
            }
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
