package dev.comptoir.ear.support;

import dev.comptoir.testing.ManagementApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A bare STOMP 1.2 client over a socket: STOMP is a text protocol, so what goes over the wire is exactly
 * what any STOMP client in any language would send.
 */
public final class Stomp implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    /** As the application user, an outside client. */
    public Stomp() throws IOException {
        this("app");
    }

    /** @param user a user server-config created: {@code app}, or a service's broker user ({@code orders.jms}...) */
    public Stomp(String user) throws IOException {
        socket = new Socket("127.0.0.1", Amqp.PORT);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        Properties credentials = ManagementApi.credentials();
        send(
                "CONNECT",
                Map.of(
                        "accept-version",
                        "1.2",
                        "host",
                        "127.0.0.1",
                        "login",
                        credentials.getProperty(user + ".user"),
                        "passcode",
                        credentials.getProperty(user + ".password")),
                "");
        Frame connected = receive();
        if (!connected.command().equals("CONNECTED")) {
            throw new IOException("STOMP refused: " + connected);
        }
    }

    public void send(String command, Map<String, String> headers, String body) throws IOException {
        StringBuilder frame = new StringBuilder(command).append('\n');
        // STOMP 1.2 escapes colons and line breaks in header values, except in CONNECT.
        boolean escape = !command.equals("CONNECT");
        headers.forEach((name, value) -> frame.append(name)
                .append(':')
                .append(escape ? escape(value) : value)
                .append('\n'));
        frame.append('\n').append(body).append('\0');
        out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public Frame receive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != 0) {
            if (b < 0) {
                throw new IOException("STOMP connection closed");
            }
            if (bytes.size() == 0 && b == '\n') {
                continue; // heart-beat
            }
            bytes.write(b);
        }
        String[] parts = bytes.toString(StandardCharsets.UTF_8).split("\n\n", 2);
        String[] lines = parts[0].split("\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.putIfAbsent(lines[i].substring(0, colon), unescape(lines[i].substring(colon + 1)));
        }
        return new Frame(lines[0], headers, parts.length > 1 ? parts[1] : "");
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(":", "\\c")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static String unescape(String value) {
        return value.replace("\\c", ":")
                .replace("\\n", "\n")
                .replace("\\r", "\r")
                .replace("\\\\", "\\");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    public record Frame(String command, Map<String, String> headers, String body) {}
}
