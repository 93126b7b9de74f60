package dev.comptoir.kit.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.DirectReadQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * What the connection's schema holds already, asked of the SQL standard's catalogue (INFORMATION_SCHEMA), which H2
 * and PostgreSQL both have. Names compared in upper case: H2 stores unquoted names so, PostgreSQL in lower case.
 */
final class ExistingSchema {

    private ExistingSchema() {}

    static boolean hasSequence(AbstractSession session, String sequence, boolean suppressLogging) {
        return !names(
                        session,
                        "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"
                                + " WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA AND UPPER(SEQUENCE_NAME) = #NAME",
                        sequence,
                        suppressLogging)
                .isEmpty();
    }

    /**
     * Whether the table {@code exists}, as the platform found; if it does, takes out of its definition the unique and
     * foreign key constraints it has already, so that EclipseLink does not send their {@code ALTER TABLE ... ADD
     * CONSTRAINT} again. A constraint the table lacks stays, and is added.
     */
    static boolean leavingOutExistingConstraints(AbstractSession session, TableDefinition table, boolean exists) {
        if (!exists
                || (table.getUniqueKeys().isEmpty() && table.getForeignKeyMap().isEmpty())) {
            return exists;
        }
        Set<String> existing = names(
                session,
                "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = CURRENT_SCHEMA AND UPPER(TABLE_NAME) = #NAME",
                table.getName(),
                true);
        table.setUniqueKeys(new ArrayList<>(table.getUniqueKeys().stream()
                .filter(key -> !existing.contains(upper(key.getName())))
                .toList()));
        table.setForeignKeys(table.getForeignKeys().stream()
                .filter(key -> !existing.contains(upper(key.getName())))
                .toList());
        return true;
    }

    /** The upper-cased first column of the query's rows, for its one argument NAME (upper-cased). */
    private static Set<String> names(AbstractSession session, String sql, String name, boolean suppressLogging) {
        DirectReadQuery query = new DirectReadQuery(new SQLCall(sql));
        query.addArgument("NAME");
        boolean loggingOff = session.isLoggingOff();
        session.setLoggingOff(suppressLogging);
        try {
            List<?> rows = (List<?>) session.executeQuery(query, List.of(upper(name)));
            return rows.stream().map(row -> upper(String.valueOf(row))).collect(Collectors.toSet());
        } catch (DatabaseException unanswered) {
            // As EclipseLink's own checks: nothing found, so it is created (and a refusal logged if it was there).
            return Set.of();
        } finally {
            session.setLoggingOff(loggingOff);
        }
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
