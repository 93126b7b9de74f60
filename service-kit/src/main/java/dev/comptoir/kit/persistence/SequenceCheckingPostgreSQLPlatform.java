package dev.comptoir.kit.persistence;

import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.PostgreSQL10Platform;
import org.eclipse.persistence.tools.schemaframework.SequenceDefinition;

/**
 * EclipseLink's platform for PostgreSQL 10 and later, but an existing sequence is found, and not created again
 * (package doc).
 */
public class SequenceCheckingPostgreSQLPlatform extends PostgreSQL10Platform {

    @Override
    public boolean checkSequenceExists(AbstractSession session, SequenceDefinition sequence, boolean suppressLogging) {
        return ExistingSequences.exists(session, sequence, suppressLogging);
    }
}
