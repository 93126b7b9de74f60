package dev.comptoir.kit.persistence;

import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.PostgreSQL10Platform;
import org.eclipse.persistence.tools.schemaframework.SequenceDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * EclipseLink's platform for PostgreSQL 10 and later, but existing sequences and constraints are found, not created
 * again (package doc).
 */
public class SchemaCheckingPostgreSQLPlatform extends PostgreSQL10Platform {

    @Override
    public boolean checkSequenceExists(AbstractSession session, SequenceDefinition sequence, boolean suppressLogging) {
        return ExistingSchema.hasSequence(session, sequence.getName(), suppressLogging);
    }

    @Override
    public boolean checkTableExists(AbstractSession session, TableDefinition table, boolean suppressLogging) {
        return ExistingSchema.leavingOutExistingConstraints(
                session, table, super.checkTableExists(session, table, suppressLogging));
    }
}
