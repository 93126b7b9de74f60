package dev.comptoir.ear.durability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.testing.ManagementApi;
import java.io.IOException;
import java.time.Duration;

/** The running server's process, for the tests that kill it with {@code kill -9}. */
final class ServerProcess {

    private ServerProcess() {}

    static long pid() {
        String runtime = new ManagementApi()
                .read("core-service/platform-mbean/type/runtime")
                .getString("name");
        return Long.parseLong(runtime.substring(0, runtime.indexOf('@')));
    }

    static void kill9(long pid) throws IOException, InterruptedException {
        Process kill =
                new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -9 " + pid);
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(pid).isEmpty());
    }
}
