import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the PostgreSQL databases of the datasources when they are missing.
 *
 * <p>PostgreSQL has no {@code CREATE DATABASE IF NOT EXISTS} and cannot create a database inside a
 * transaction or a function, so no SQL plugin can do this idempotently: hence this small program, run
 * by the build with the driver on its class path. Arguments: host port user databases, the last a comma-separated
 * list of {@code database} or {@code database:schema:schema...} (the shared database's one schema per datasource).
 */
public class CreateDatabases {

    public static void main(String[] args) throws SQLException {
        String url = "jdbc:postgresql://" + args[0] + ":" + args[1] + "/postgres";
        String password = System.getenv().getOrDefault("COMPTOIR_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(url, args[2], password)) {
            requirePreparedTransactions(connection);
            for (String entry : args[3].split(",")) {
                List<String> names = List.of(entry.split(":"));
                createIfMissing(connection, names.get(0));
                createSchemas(url.replace("/postgres", "/" + names.get(0)), args[2], password, names.subList(1, names.size()));
            }
        } catch (SQLException e) {
            throw new SQLException("Cannot reach PostgreSQL at " + url + " as " + args[2]
                    + ": start it, or pass -Dcomptoir.pg.host/-Dcomptoir.pg.port/-Dcomptoir.pg.user", e);
        }
    }

    /** The datasources are XA: without prepared transactions every JTA transaction with JMS would fail at commit. */
    private static void requirePreparedTransactions(Connection connection) throws SQLException {
        try (Statement show = connection.createStatement();
                var result = show.executeQuery("SHOW max_prepared_transactions")) {
            result.next();
            if (result.getInt(1) == 0) {
                throw new IllegalStateException("PostgreSQL has max_prepared_transactions = 0, and Comptoir's XA"
                        + " datasources need prepared transactions: run ALTER SYSTEM SET max_prepared_transactions = 64;"
                        + " as a superuser, then restart PostgreSQL");
            }
        }
    }

    private static void createSchemas(String url, String user, String password, List<String> schemas)
            throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement create = connection.createStatement()) {
            for (String schema : schemas) {
                // As for databases: names from the build only.
                create.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
            System.out.println("PostgreSQL schemas " + schemas + " exist in " + url);
        }
    }

    private static void createIfMissing(Connection connection, String database) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (exists.executeQuery().next()) {
                System.out.println("PostgreSQL database " + database + " exists");
                return;
            }
        }
        try (Statement create = connection.createStatement()) {
            // The name comes from the build, never from user input; identifiers cannot be bound as parameters.
            create.execute("CREATE DATABASE \"" + database + "\"");
            System.out.println("PostgreSQL database " + database + " created");
        }
    }
}
