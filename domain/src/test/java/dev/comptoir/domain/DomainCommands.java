package dev.comptoir.domain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The README's commands, {@code domain/start} and {@code domain/stop}, run as a user runs them, their output copied
 * into the test's (start's says how long the domain took and each JVM's memory): {@link RunningDomain} starts the
 * domain once for all the module's tests and stops it whatever happened, also when the JVM is ended early.
 */
final class DomainCommands {

    private static final Path DOMAIN = Path.of(System.getProperty("comptoir.domain.dir", "."));
    private static final Thread STOP_ON_EXIT = new Thread(DomainCommands::stop);

    private DomainCommands() {}

    static void start() {
        Runtime.getRuntime().addShutdownHook(STOP_ON_EXIT);
        int exit = run("start", 15);
        if (exit != 0) {
            throw new AssertionError("domain/start failed (exit " + exit + "): see its output above");
        }
    }

    /** {@code domain/start <host>}: one host controller and its servers again, after that host was lost. */
    static void startHost(String host) {
        int exit = run("start", 10, host);
        if (exit != 0) {
            throw new AssertionError("domain/start " + host + " failed (exit " + exit + "): see its output above");
        }
    }

    static void stop() {
        run("stop", 5);
        try {
            Runtime.getRuntime().removeShutdownHook(STOP_ON_EXIT);
        } catch (IllegalStateException exiting) {
            // stop() is the hook itself, running while the JVM exits
        }
    }

    private static int run(String command, int minutes, String... arguments) {
        try {
            List<String> line = new ArrayList<>(List.of(DOMAIN.resolve(command).toString()));
            line.addAll(List.of(arguments));
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            // Copied line by line: a child writing to the forked test JVM's own output would corrupt failsafe's
            // channel.
            Thread copy = new Thread(() -> process.inputReader().lines().forEach(System.out::println));
            copy.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("domain/" + command + " did not finish within " + minutes + " minutes");
            }
            copy.join();
            return process.exitValue();
        } catch (IOException e) {
            throw new AssertionError("Cannot run domain/" + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
