package dev.comptoir.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server's HTTP access logs as server-config sets them up (logging.cli), one line per request, the public
 * listener's and the internal one's (the services'):
 * {@code <address> <caller> [<time>] "<request line>" <status> <bytes> <latency>ms route=<template>
 * client=<client> requestId=<X-Request-Id>}, "-" for a field nobody filled in; the caller is the token's upn
 * as the server authenticated it.
 */
public final class AccessLog {

    private static final Path LOGS = Path.of(System.getProperty("jboss.home"), "standalone", "log");

    /** The public listener's log (the gateway's requests) and the internal one's (the services'). */
    private static final List<Path> FILES = List.of(LOGS.resolve("access.log"), LOGS.resolve("internal-access.log"));

    private AccessLog() {}

    /**
     * Who made each logged request that carried this id and whose request line starts with {@code request}
     * (e.g. "GET /customers/"): the caller the server authenticated (its token's upn), or "-" for none.
     */
    public static List<String> callersOf(String requestId, String request) {
        return linesWith(requestId).stream()
                .filter(line -> requestLine(line).startsWith(request))
                .map(line -> line.split(" ", 3)[1])
                .toList();
    }

    /** The logged request lines ("GET /orders/42 HTTP/1.1") of the requests that carried this id. */
    public static List<String> requestsWith(String requestId) {
        return linesWith(requestId).stream().map(AccessLog::requestLine).toList();
    }

    /** The whole lines of the requests that carried (or were answered with) this id. */
    public static List<String> linesWith(String requestId) {
        return FILES.stream()
                .filter(Files::exists)
                .flatMap(file -> linesWith(file, requestId).stream())
                .toList();
    }

    private static List<String> linesWith(Path file, String requestId) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.endsWith("requestId=" + requestId)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String requestLine(String line) {
        return line.substring(line.indexOf('"') + 1, line.indexOf('"', line.indexOf('"') + 1));
    }
}
