package dev.comptoir.kit.persistence;

import java.util.List;
import java.util.Locale;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.queries.ValueReadQuery;
import org.eclipse.persistence.tools.schemaframework.SequenceDefinition;

/**
 * Whether a sequence exists in the connection's schema, asked of the SQL standard's catalogue, which H2 and
 * PostgreSQL both have. Names compared in upper case: H2 stores unquoted names so, PostgreSQL in lower case.
 */
final class ExistingSequences {

    private ExistingSequences() {}

    static boolean exists(AbstractSession session, SequenceDefinition sequence, boolean suppressLogging) {
        ValueReadQuery count = new ValueReadQuery(new SQLCall("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES"
                + " WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA AND UPPER(SEQUENCE_NAME) = #NAME"));
        count.addArgument("NAME");
        boolean loggingOff = session.isLoggingOff();
        session.setLoggingOff(suppressLogging);
        try {
            Number found = (Number)
                    session.executeQuery(count, List.of(sequence.getName().toUpperCase(Locale.ROOT)));
            return found.intValue() > 0;
        } catch (DatabaseException unanswered) {
            // As EclipseLink's own check: not found, so it is created (and a refusal logged if it was there).
            return false;
        } finally {
            session.setLoggingOff(loggingOff);
        }
    }
}
