package dev.comptoir.ear.sagas;

import com.arjuna.ats.arjuna.recovery.RecoveryDriver;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A recovery pass of the server's transaction manager, now: what finishes a crash's prepared transactions and retries
 * the LRA coordinator's failed compensations, which the tests would otherwise wait for (a pass every 20 s, plus 5 s
 * between its two phases). Narayana's own client of its recovery listener, which listens on the test server only
 * ({@code comptoir.transactions.recovery-listener}, transactions.cli), and answers once a whole pass is over.
 */
final class RecoveryScan {

    /** WildFly's socket binding {@code txn-recovery-environment}, on the server's loopback interface. */
    private static final int PORT = 4712;

    private static final int TIMEOUT_MILLIS = 120_000;

    private RecoveryScan() {}

    static void now() {
        try {
            if (!new RecoveryDriver(PORT, "127.0.0.1", TIMEOUT_MILLIS).synchronousScan()) {
                throw new IllegalStateException("The recovery listener did not finish a pass");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No recovery pass: is the recovery listener on?", e);
        }
    }
}
