package dev.comptoir.kit.persistence;

import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.tools.schemaframework.SequenceDefinition;

/** EclipseLink's H2 platform, but an existing sequence is found, and not created again (package doc). */
public class SequenceCheckingH2Platform extends H2Platform {

    @Override
    public boolean checkSequenceExists(AbstractSession session, SequenceDefinition sequence, boolean suppressLogging) {
        return ExistingSequences.exists(session, sequence, suppressLogging);
    }
}
