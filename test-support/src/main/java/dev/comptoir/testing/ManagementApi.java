package dev.comptoir.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * WildFly's HTTP management API on port 9990, the one the admin console uses, with the management
 * user that server-config created. {@link HttpURLConnection} because it answers the HTTP Digest
 * challenge of the management realm, which {@code java.net.http.HttpClient} does not.
 */
public final class ManagementApi {

    /**
     * A managed domain's server start answers once the new process has registered with its host controller: over
     * 30 s on two busy cores. (A read timeout after the digest challenge shows as that challenge's 401.)
     */
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofMinutes(2);

    private final String user;
    private final String password;

    public ManagementApi() {
        Properties credentials = credentials();
        user = credentials.getProperty("admin.user");
        password = credentials.getProperty("admin.password");
    }

    /**
     * The users server-config created: {@code admin.user}, {@code app.user} (JMS clients), {@code operator.user}
     * and {@code api-admin.user} (the gateway's token endpoint), the WARs' broker users ({@code orders.jms.user}...),
     * and their passwords.
     */
    public static Properties credentials() {
        Properties credentials = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("comptoir.credentials")))) {
            credentials.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return credentials;
    }

    /** GET of a resource with its runtime attributes, e.g. {@code subsystem/datasources/xa-data-source/CustomersDS/statistics/pool}. */
    public JsonObject read(String resourcePath) {
        return get("/management/" + resourcePath + "?include-runtime=true", 200);
    }

    /** MicroProfile Health's readiness report; 503 is a valid answer when something is down. */
    public JsonObject readiness() {
        return get("/health/ready", -1);
    }

    /**
     * Runs one operation, e.g. {@code execute("stop-delivery", "deployment", "comptoir.ear", ...)}, and returns
     * its result; a failed operation fails the test.
     */
    public JsonValue execute(String operation, String... address) {
        JsonArrayBuilder path = Json.createArrayBuilder();
        for (int i = 0; i < address.length; i += 2) {
            path.add(Json.createObjectBuilder().add(address[i], address[i + 1]));
        }
        JsonObject request = Json.createObjectBuilder()
                .add("operation", operation)
                .add("address", path)
                .add("include-runtime", true)
                .build();
        return send("/management", request.toString(), 200).get("result");
    }

    /**
     * Runs any operation, given whole as the management API takes it (an address with wildcards, parameters), e.g. a
     * managed domain's {@code read-attribute} of {@code /host=*}{@code /server=*}; returns its result, or fails the test.
     */
    public JsonValue request(JsonObject operation) {
        return request(operation, DEFAULT_READ_TIMEOUT);
    }

    /**
     * As {@link #request(JsonObject)}, for an operation whose answer may take longer than two minutes (a managed
     * domain's rollout to its servers one at a time).
     */
    public JsonValue request(JsonObject operation, Duration within) {
        JsonObject response = send("/management", operation.toString(), 200, within);
        return response.get("result");
    }

    /**
     * Stops or starts a message-driven bean's delivery (what an operator does in the console), e.g.
     * {@code delivery("stop-delivery", "FulfilmentListener", "comptoir.ear", "inventory.war")}; the bean's
     * deployment, then its subdeployment in an EAR.
     */
    public void delivery(String operation, String bean, String deployment, String... subdeployment) {
        List<String> address = new ArrayList<>(List.of("deployment", deployment));
        for (String sub : subdeployment) {
            address.addAll(List.of("subdeployment", sub));
        }
        address.addAll(List.of("subsystem", "ejb3", "message-driven-bean", bean));
        execute(operation, address.toArray(String[]::new));
    }

    /** Messages in a broker queue (a subscription's too), waiting or being delivered. */
    public long messagesIn(String queue) {
        JsonObject counts = read("subsystem/messaging-activemq/server/default/queue/" + queue);
        return counts.getJsonNumber("message-count").longValue()
                + counts.getJsonNumber("delivering-count").longValue();
    }

    /**
     * Restarts the server's services in its running JVM (the console's "reload"): every deployment stops
     * and starts again. Returns once the server says it is running.
     */
    public void reload() {
        execute("reload");
        long deadline = System.currentTimeMillis() + 120_000;
        while (!serverRunning()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The server did not come back within 2 minutes of a reload");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private boolean serverRunning() {
        try {
            return read("").getString("server-state").equals("running");
        } catch (UncheckedIOException | AssertionError stillStarting) {
            return false;
        }
    }

    private JsonObject get(String path, int expectedStatus) {
        return send(path, null, expectedStatus);
    }

    private JsonObject send(String path, String body, int expectedStatus) {
        return send(path, body, expectedStatus, DEFAULT_READ_TIMEOUT);
    }

    private JsonObject send(String path, String body, int expectedStatus, Duration readTimeout) {
        URI uri = URI.create("http://127.0.0.1:9990" + path);
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            if (body != null) {
                connection.setRequestMethod("POST");
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setDoOutput(true);
            }
            connection.setAuthenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password.toCharArray());
                }
            });
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout((int) readTimeout.toMillis());
            if (body != null) {
                try (var out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            if (expectedStatus > 0 && status != expectedStatus) {
                InputStream error = connection.getErrorStream();
                String detail = error == null ? "" : new String(error.readAllBytes(), StandardCharsets.UTF_8);
                throw new AssertionError("Management API answered " + status + " for " + uri + " " + body + ": "
                        + detail + " " + connection.getHeaderFields());
            }
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
                    var reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
