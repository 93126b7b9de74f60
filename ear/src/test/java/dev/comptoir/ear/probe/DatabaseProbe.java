package dev.comptoir.ear.probe;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A test-only deployment that does to the services' databases what their operators would, through the services' own
 * datasources (the same database in either data mode): Customers' migration of its own table, and Inventory's
 * database stopped and started. The stop holds one connection of InventoryDS until the start: on H2 the exclusive
 * mode it set lasts as long as that session (the others are closed, new ones refused, H2 error 90135); on
 * PostgreSQL (the database's connections refused, its sessions terminated) it re-allows connections through it.
 * It also reads what one order's event stream takes in OrdersDS, as an operator sizing the event store would.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class DatabaseProbe {

    @Resource(lookup = "java:jboss/datasources/CustomersDS")
    DataSource customers;

    @Resource(lookup = "java:jboss/datasources/OrdersDS")
    DataSource orders;

    @Resource(lookup = "java:jboss/datasources/InventoryDS")
    DataSource inventory;

    private Connection stopper;
    private String stopped;

    /** Renames a column of Customers' CUSTOMER table, as a migration of Customers alone would. */
    @POST
    @Path("customers/rename-column")
    public JsonObject renameCustomerColumn(@QueryParam("from") String from, @QueryParam("to") String to)
            throws SQLException {
        try (Connection connection = customers.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE CUSTOMER RENAME COLUMN " + identifier(from) + " TO " + identifier(to));
            return done("renamed " + from + " to " + to);
        }
    }

    /** Stops InventoryDS's database for everyone but this probe; answers the database's name. */
    @POST
    @Path("inventory/stop")
    public synchronized JsonObject stopInventoryDatabase() throws SQLException {
        if (stopper != null) {
            return done("stopped " + stopped);
        }
        Connection connection = inventory.getConnection();
        try (Statement sql = connection.createStatement()) {
            if (isH2(connection)) {
                sql.execute("SET EXCLUSIVE 2");
                stopped = connection.getMetaData().getURL();
            } else {
                stopped = single(sql, "SELECT current_database()");
                // ALTER DATABASE ... ALLOW_CONNECTIONS false refuses to act on the database it is sent to (and in the
                // shared mode every datasource is on that one): the catalog flag it sets, set directly (superuser).
                sql.execute("UPDATE pg_database SET datallowconn = false WHERE datname = current_database()");
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        stopper = connection;
        return done("stopped " + stopped);
    }

    @POST
    @Path("inventory/start")
    public synchronized JsonObject startInventoryDatabase() throws SQLException {
        if (stopper == null) {
            return done("not stopped");
        }
        try (Connection connection = stopper;
                Statement sql = connection.createStatement()) {
            sql.execute(
                    isH2(connection)
                            ? "SET EXCLUSIVE 0"
                            : "UPDATE pg_database SET datallowconn = true WHERE datname = current_database()");
        } finally {
            stopper = null;
        }
        return done("started " + stopped);
    }

    /**
     * One order's stream as stored: its events (rows), their payloads' characters (JSON, ASCII here: bytes), the
     * data of all their columns (strings' characters, 8 bytes a number or time, 4 an int; no index or page
     * overhead), and its snapshot's state and version (0 and 0 without one).
     */
    @GET
    @Path("orders/streams/{id}")
    public JsonObject orderStream(@PathParam("id") String id) throws SQLException {
        try (Connection connection = orders.getConnection();
                PreparedStatement events = connection.prepareStatement("SELECT COUNT(*), SUM(LENGTH(PAYLOAD)),"
                        + " SUM(28 + LENGTH(EVENTID) + LENGTH(STREAMID) + LENGTH(TYPE) + LENGTH(PAYLOAD)"
                        + " + COALESCE(LENGTH(CORRELATIONID), 0) + COALESCE(LENGTH(CAUSATIONID), 0))"
                        + " FROM ORDER_EVENT WHERE STREAMID = ?");
                PreparedStatement snapshot = connection.prepareStatement(
                        "SELECT LENGTH(STATE), VERSION FROM ORDER_SNAPSHOT WHERE STREAMID = ?")) {
            events.setString(1, id);
            snapshot.setString(1, id);
            var stream = Json.createObjectBuilder();
            try (ResultSet row = events.executeQuery()) {
                row.next();
                stream.add("events", row.getLong(1))
                        .add("payloadBytes", row.getLong(2))
                        .add("rowBytes", row.getLong(3));
            }
            try (ResultSet row = snapshot.executeQuery()) {
                boolean taken = row.next();
                stream.add("snapshotBytes", taken ? row.getLong(1) : 0)
                        .add("snapshotVersion", taken ? row.getLong(2) : 0);
            }
            return stream.build();
        }
    }

    private static JsonObject done(String what) {
        return Json.createObjectBuilder().add("done", what).build();
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("H2");
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String identifier(String name) {
        if (name == null || !name.matches("[A-Z][A-Z_]*")) {
            throw new BadRequestException("not a column name: " + name);
        }
        return name;
    }
}
