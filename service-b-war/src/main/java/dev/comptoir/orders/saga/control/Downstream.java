package dev.comptoir.orders.saga.control;

import dev.comptoir.kit.correlation.CorrelationId;
import dev.comptoir.kit.security.CallerToken;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one HTTP client of the saga, for the coordinator and the participants. Each call answers a
 * {@link Reply} rather than throwing: a refusal or a fault is an outcome the saga records and acts upon.
 * Every call carries the request's correlation id; a call to a service also the caller's bearer token.
 */
@ApplicationScoped
public class Downstream {

    // A service that does not accept a connection within 1 s is down.
    @Inject
    @ConfigProperty(name = "comptoir.orders.saga.connect-timeout-ms", defaultValue = "1000")
    long connectTimeoutMs;

    // Longer than a reservation that waits its turn on a busy product's row lock, shorter than the LRA's time limit.
    @Inject
    @ConfigProperty(name = "comptoir.orders.saga.read-timeout-ms", defaultValue = "10000")
    long readTimeoutMs;

    private Client client;

    @PostConstruct
    void open() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public Invocation.Builder request(String url, MediaType accept) {
        Invocation.Builder request = client.target(url).request(accept);
        String requestId = CorrelationId.current();
        return requestId == null ? request : request.header(CorrelationId.HEADER, requestId);
    }

    /**
     * A read of another service (Inventory's catalogue) as the caller: it carries the token of the caller this
     * thread serves, read on the request thread (the saga runs there). The coordinator gets none; the
     * participants' reservations and records take Orders' own ({@link ServiceAccount}).
     */
    public Invocation.Builder requestAsCaller(String url, MediaType accept) {
        Invocation.Builder request = request(url, accept);
        String authorization = CallerToken.current();
        return authorization == null ? request : request.header(CallerToken.HEADER, authorization);
    }

    public Reply get(Invocation.Builder request) {
        return send(request, "GET", null);
    }

    /** Sends the method with the entity (or an empty text body: the coordinator's commands have none). */
    public Reply send(Invocation.Builder request, String method, Entity<?> entity) {
        Entity<?> body = entity != null || method.equals("GET") ? entity : Entity.text("");
        try (Response response = body == null ? request.method(method) : request.method(method, body)) {
            return Reply.of(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : null);
        } catch (RuntimeException e) {
            return Reply.failed(e, !refused(e));
        }
    }

    private static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
