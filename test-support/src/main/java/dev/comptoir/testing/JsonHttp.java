package dev.comptoir.testing;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * A small JSON client over {@link HttpClient}: every call is bounded in time. Nothing on the server is open to
 * anonymous callers, so a new client sends the test suite's own bearer token ({@link Tokens#suite()}, role admin)
 * with every request, to the gateway and to the services alike; {@link #anonymous()}, {@link #bearer} and
 * {@link #as} replace it. A request to a service's context goes to the internal listener, where the services
 * answer ({@link ServiceUrls#route}); the gateway's, to the public one.
 */
public final class JsonHttp {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Supplier<String> authorization;
    private final Duration timeout;

    public JsonHttp(String base) {
        this(URI.create(base.endsWith("/") ? base : base + "/"), () -> "Bearer " + Tokens.suite(), DEFAULT_TIMEOUT);
    }

    private JsonHttp(URI base, Supplier<String> authorization, Duration timeout) {
        this.base = base;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    /** The same client, sending HTTP Basic credentials with every request. */
    public JsonHttp as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new JsonHttp(base, () -> "Basic " + token, timeout);
    }

    /** The same client, sending no credentials at all: for what the server must refuse, or leave open. */
    public JsonHttp anonymous() {
        return new JsonHttp(base, () -> null, timeout);
    }

    /** The same client, sending a bearer token (the gateway's, see {@link Tokens}) with every request. */
    public JsonHttp bearer(String token) {
        return new JsonHttp(base, () -> "Bearer " + token, timeout);
    }

    /** The same client, waiting up to {@code timeout} for each answer instead of 30 s. */
    public JsonHttp waitingUpTo(Duration timeout) {
        return new JsonHttp(base, authorization, timeout);
    }

    public JsonResponse get(String path) {
        return send(request(path).GET());
    }

    /** A GET with one extra request header, e.g. an {@code X-Request-Id}. */
    public JsonResponse get(String path, String header, String value) {
        return send(request(path).header(header, value).GET());
    }

    public JsonResponse delete(String path) {
        return send(request(path).DELETE());
    }

    public JsonResponse post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    /** A POST with one extra request header, e.g. {@code Prefer: respond-async}. */
    public JsonResponse post(String path, String json, String header, String value) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header(header, value)
                .POST(body(json)));
    }

    public JsonResponse put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    /** A request with a body of any content type, for tests of what the server refuses. */
    public JsonResponse send(String method, String path, String contentType, String content) {
        return send(request(path).header("Content-Type", contentType).method(method, body(content)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        ServiceUrls.route(base.resolve(path.startsWith("/") ? path.substring(1) : path)))
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json");
        String credentials = authorization.get();
        return credentials == null ? request : request.header("Authorization", credentials);
    }

    private static HttpRequest.BodyPublisher body(String content) {
        return HttpRequest.BodyPublishers.ofString(content);
    }

    private JsonResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new JsonResponse(
                    response.statusCode(), response.headers().map(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonStructure parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        } catch (RuntimeException notJson) {
            throw new AssertionError("Response body is not JSON: " + body, notJson);
        }
    }
}
