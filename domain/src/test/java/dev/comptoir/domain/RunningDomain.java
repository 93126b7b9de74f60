package dev.comptoir.domain;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The domain every test class of this module runs against: started by the first class that needs it
 * ({@code domain/start}, three minutes), kept for the next ones, and stopped ({@code domain/stop}) once the last
 * has run, whatever happened (JUnit closes the root context's store at the end of the run; {@link DomainCommands}
 * also stops it when the JVM is ended early). A class that kills servers restarts them before it ends, so that
 * the next class finds the whole domain.
 */
final class RunningDomain implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(RunningDomain.class))
                .getOrComputeIfAbsent(RunningDomain.class, key -> started(), AutoCloseable.class);
    }

    private static AutoCloseable started() {
        DomainCommands.start();
        return DomainCommands::stop;
    }
}
