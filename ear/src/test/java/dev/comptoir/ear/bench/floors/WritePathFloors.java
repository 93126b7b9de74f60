package dev.comptoir.ear.bench.floors;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.Queue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The write path's floors, each the least a durable write of its kind costs on this server, one per request: a
 * 1 KB row inserted and committed through a service's own datasource (a local transaction), a persistent 1 KB
 * message sent through the server's XA connection factory (the broker stores it before the send returns), and
 * both in one XA transaction, which is what a placement's append and publish need and nothing more.
 */
@Path("/")
@ApplicationScoped
@JMSDestinationDefinition(
        name = WritePathFloors.QUEUE,
        interfaceName = "jakarta.jms.Queue",
        destinationName = "write-path-floor")
public class WritePathFloors {

    static final String QUEUE = "java:app/jms/queue/write-path-floor";

    private static final List<String> DATASOURCES = List.of("CustomersDS", "OrdersDS", "InventoryDS");
    private static final String ROW = "x".repeat(1000);
    private static final String INSERT = "INSERT INTO WRITE_PATH_FLOOR (ID, BODY) VALUES (?, ?)";

    @Resource(lookup = "java:jboss/datasources/CustomersDS")
    DataSource customers;

    @Resource(lookup = "java:jboss/datasources/OrdersDS")
    DataSource orders;

    @Resource(lookup = "java:jboss/datasources/InventoryDS")
    DataSource inventory;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory broker;

    @Resource(lookup = QUEUE)
    Queue queue;

    /** Creates the floors' table in every datasource (the benchmark drops it at the end). */
    @POST
    @Path("setup")
    public void setUp() throws SQLException {
        inEachDatasource(
                "CREATE TABLE IF NOT EXISTS WRITE_PATH_FLOOR (ID VARCHAR(36) PRIMARY KEY, BODY VARCHAR(1000))");
    }

    @POST
    @Path("teardown")
    public void tearDown() throws SQLException {
        inEachDatasource("DROP TABLE IF EXISTS WRITE_PATH_FLOOR");
    }

    private void inEachDatasource(String statement) throws SQLException {
        for (String name : DATASOURCES) {
            try (Connection connection = datasource(name).getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute(statement);
            }
        }
    }

    /** An answer with nothing done: what HTTP and JAX-RS cost on their own. */
    @POST
    @Path("nothing")
    public void nothing() {}

    @POST
    @Path("commit/{datasource}")
    public void commit(@PathParam("datasource") String name) throws SQLException {
        try (Connection connection = datasource(name).getConnection()) {
            connection.setAutoCommit(false);
            insert(connection);
            connection.commit();
        }
    }

    @POST
    @Path("send")
    public void send() {
        try (JMSContext jms = broker.createContext()) {
            sendOne(jms);
        }
    }

    /** One row into OrdersDS and one message to the broker, committed together in two phases. */
    @POST
    @Path("xa")
    @Transactional
    public void insertAndSend() throws SQLException {
        try (Connection connection = datasource("OrdersDS").getConnection()) {
            insert(connection);
        }
        try (JMSContext jms = broker.createContext()) {
            sendOne(jms);
        }
    }

    private void sendOne(JMSContext jms) {
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, ROW);
    }

    private static void insert(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, ROW);
            insert.executeUpdate();
        }
    }

    /** A service's datasource by its name in server-config's datasources.cli. */
    private DataSource datasource(String name) {
        return switch (name) {
            case "CustomersDS" -> customers;
            case "OrdersDS" -> orders;
            case "InventoryDS" -> inventory;
            default -> throw new BadRequestException("not a service's datasource: " + name);
        };
    }
}
