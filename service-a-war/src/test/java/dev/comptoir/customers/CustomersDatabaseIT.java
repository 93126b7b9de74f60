package dev.comptoir.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.InContainer;
import dev.comptoir.testing.ServiceUrls;
import dev.comptoir.testing.Tokens;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server: which JPA provider runs, and which database a Customers write lands in. */
@ExtendWith(ArquillianExtension.class)
class CustomersDatabaseIT {

    private static final Set<Integer> TEXT_TYPES =
            Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR);

    @Deployment
    static WebArchive deployment() {
        // Tokens (test-support) signs the test's bearer token in the server, with the key the server verifies by.
        return InContainer.runnable(
                Deployments.customersWar().addClass(CustomersDatabaseIT.class).addPackage(Tokens.class.getPackage()));
    }

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CustomersDS")
    DataSource customersDs;

    @Resource(lookup = "java:jboss/datasources/OrdersDS")
    DataSource ordersDs;

    @Resource(lookup = "java:jboss/datasources/OrdersViewDS")
    DataSource ordersViewDs;

    @Resource(lookup = "java:jboss/datasources/InventoryDS")
    DataSource inventoryDs;

    @Test
    void persistsWithEclipseLink() {
        String provider = em.getEntityManagerFactory().getClass().getName();
        assertTrue(provider.startsWith("org.eclipse.persistence."), provider);
    }

    @Test
    void writesACustomerToCustomersDsAndNoOtherDatabase() throws Exception {
        String marker = "isolation-" + UUID.randomUUID() + "@comptoir.test";
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ServiceUrls.of("customers")))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + Tokens.suite())
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"name\":\"Isolated\",\"email\":\"" + marker + "\",\"creditLimit\":1}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());

        assertEquals(1, rowsHolding(customersDs, marker), "the write is in CustomersDS");
        assertEquals(0, rowsHolding(ordersDs, marker), "OrdersDS");
        assertEquals(0, rowsHolding(ordersViewDs, marker), "OrdersViewDS");
        assertEquals(0, rowsHolding(inventoryDs, marker), "InventoryDS");
    }

    /** Counts the rows, in every table of the database's own schema, with a text column equal to the value. */
    private static int rowsHolding(DataSource dataSource, String value) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            String schema = connection.getSchema();
            List<String[]> textColumns = new ArrayList<>();
            try (ResultSet columns = metadata.getColumns(null, schema, "%", "%")) {
                while (columns.next()) {
                    if (TEXT_TYPES.contains(columns.getInt("DATA_TYPE"))) {
                        textColumns.add(
                                new String[] {columns.getString("TABLE_NAME"), columns.getString("COLUMN_NAME")});
                    }
                }
            }
            int rows = 0;
            for (String[] column : textColumns) {
                String sql =
                        "SELECT COUNT(*) FROM \"" + schema + "\".\"" + column[0] + "\" WHERE \"" + column[1] + "\" = ?";
                try (PreparedStatement count = connection.prepareStatement(sql)) {
                    count.setString(1, value);
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        rows += result.getInt(1);
                    }
                }
            }
            return rows;
        }
    }
}
