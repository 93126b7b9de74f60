package dev.comptoir.ear;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A recovery pass of the server's transaction manager, now: what finishes a crash's prepared transactions and
 * retries the LRA coordinator's failed compensations, which the tests would otherwise wait for (a pass every 20 s,
 * plus 5 s between its two phases). Narayana's recovery listener takes {@code SCAN} and answers {@code DONE} once
 * a whole pass is over; it listens on the test server only ({@code comptoir.recovery.listener}, transactions.cli).
 */
final class RecoveryScan {

    /** WildFly's socket binding {@code txn-recovery-environment}, on the server's loopback interface. */
    private static final int PORT = 4712;

    private RecoveryScan() {}

    static void now() {
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(120_000);
            Writer command = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            command.write("SCAN\n");
            command.flush();
            String answer = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            if (!"DONE".equals(answer)) {
                throw new IllegalStateException("The recovery listener answered " + answer + " to SCAN");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No recovery pass: is the recovery listener on?", e);
        }
    }
}
