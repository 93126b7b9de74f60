package dev.comptoir.orders.saga.control;

import dev.comptoir.kit.correlation.ForwardedCorrelationId;
import dev.comptoir.kit.security.ForwardedCallerToken;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The saga's calls to other services, each through a MicroProfile REST Client interface ({@link SagaParticipant},
 * {@link Catalogue}, {@link CoordinatorApi}, {@link TokenEndpoint}), one proxy per interface and base URL, made on
 * first use. Each call answers a {@link Reply} rather than throwing: a refusal or a fault is an outcome the saga
 * records and acts upon, so the REST Client's default exception mapper is off and every status comes back. Every
 * call carries the correlation id (the kit's {@link ForwardedCorrelationId}); the participants' calls carry Orders'
 * service account's token ({@link ServiceAccount}: a customer's may neither reserve nor read their records), the
 * catalogue's the caller's; the coordinator and the token endpoint get none.
 */
@ApplicationScoped
public class Downstream {

    /** MicroProfile REST Client's switch for its default ResponseExceptionMapper. */
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    // A service that does not accept a connection within 1 s is down.
    @Inject
    @ConfigProperty(name = "comptoir.orders.saga.connect-timeout-ms", defaultValue = "1000")
    long connectTimeoutMs;

    // Longer than a reservation that waits its turn on a busy product's row lock, shorter than the LRA's time limit.
    @Inject
    @ConfigProperty(name = "comptoir.orders.saga.read-timeout-ms", defaultValue = "10000")
    long readTimeoutMs;

    @Inject
    ServiceAccount account;

    private final Map<String, Object> proxies = new ConcurrentHashMap<>();

    SagaParticipant participant(String url) {
        return proxy(SagaParticipant.class, url, new Bearer(account::authorization));
    }

    /** Read on the request thread, which runs the saga: the caller's token is this thread's. */
    Catalogue catalogue(String url) {
        return proxy(Catalogue.class, url, new ForwardedCallerToken());
    }

    CoordinatorApi coordinator(String url) {
        return proxy(CoordinatorApi.class, url);
    }

    TokenEndpoint tokenEndpoint(String url) {
        return proxy(TokenEndpoint.class, url);
    }

    @PreDestroy
    void close() {
        try {
            for (Object proxy : proxies.values()) {
                ((Closeable) proxy).close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The call's answer, or why there was none ({@code connected} false: nothing of it reached the service). */
    Reply call(Supplier<Response> call) {
        try (Response response = call.get()) {
            return Reply.of(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : null);
        } catch (RuntimeException e) {
            return Reply.failed(e, !refused(e));
        }
    }

    /**
     * Made on the first call, on whatever thread makes it: the builder finds RESTEasy's implementation through the
     * thread's context class loader, so this module's is set meanwhile.
     */
    private <T> T proxy(Class<T> api, String url, ClientRequestFilter... token) {
        return api.cast(proxies.computeIfAbsent(api.getName() + " " + url, key -> {
            Thread thread = Thread.currentThread();
            ClassLoader caller = thread.getContextClassLoader();
            thread.setContextClassLoader(Downstream.class.getClassLoader());
            try {
                RestClientBuilder builder = RestClientBuilder.newBuilder()
                        .baseUri(URI.create(url))
                        .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                        .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
                        .register(ForwardedCorrelationId.class)
                        .property(DISABLE_DEFAULT_MAPPER, true);
                Arrays.stream(token).forEach(builder::register);
                return builder.build(api);
            } finally {
                thread.setContextClassLoader(caller);
            }
        }));
    }

    private static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** The service account's {@code Authorization} header, read at each call (null: none). */
    private record Bearer(Supplier<String> authorization) implements ClientRequestFilter {

        @Override
        public void filter(ClientRequestContext request) {
            String value = authorization.get();
            if (value != null) {
                request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, value);
            }
        }
    }
}
