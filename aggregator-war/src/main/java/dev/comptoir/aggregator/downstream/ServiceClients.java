package dev.comptoir.aggregator.downstream;

import dev.comptoir.aggregator.breakers.control.Breakers;
import dev.comptoir.aggregator.discovery.control.ServiceInstance;
import dev.comptoir.aggregator.discovery.control.ServicePool;
import dev.comptoir.aggregator.discovery.control.ServiceRegistry;
import dev.comptoir.aggregator.monitoring.control.GatewayMetrics;
import dev.comptoir.kit.correlation.ForwardedCorrelationId;
import dev.comptoir.kit.json.SharedJsonb;
import dev.comptoir.kit.security.ForwardedCallerToken;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.microprofile.client.RestClientBuilderImpl;

/**
 * Builds the aggregator's REST clients, one per instance of the service that the registry knows, with the
 * standard MicroProfile REST Client keys of their configKey ({@code customers/mp-rest/connectTimeout},
 * {@code .../readTimeout}; the instances' URLs come from the registry).
 *
 * <p>Why not {@code @Inject @RestClient}: in the EAR, RESTEasy's CDI bean reads MicroProfile Config
 * with the EAR's class loader and misses this WAR's {@code microprofile-config.properties}. Reading the
 * same keys with this module's Config works alike when the WAR is deployed alone or in the EAR.
 */
@ApplicationScoped
public class ServiceClients {

    /** MicroProfile REST Client's switch for its default ResponseExceptionMapper. */
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    private final Config config = ConfigProvider.getConfig(ServiceClients.class.getClassLoader());

    /** The managed executor that server-config sets aside for calls to the services (a bulkhead). */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/downstream")
    ManagedExecutorService executor;

    @Inject
    Breakers breakers;

    @Inject
    ServiceRegistry registry;

    @Inject
    GatewayMetrics metrics;

    public <T> BalancedClient<T> create(Class<T> api) {
        String key = api.getAnnotation(RegisterRestClient.class).configKey();
        ServicePool pool = registry.pool(key);
        Duration connectTimeout = millis(key + "/mp-rest/connectTimeout");
        BalancedClient.Timeouts timeouts = new BalancedClient.Timeouts(
                millis(key + "/mp-rest/readTimeout"),
                millis("comptoir.gateway.services.per-try-timeout-ms"),
                millis("comptoir.gateway.services.warm-up-ms"));
        return new BalancedClient<>(
                pool,
                (instance, timeout) -> proxy(api, instance, connectTimeout, timeout),
                timeouts,
                breakers,
                executor,
                metrics);
    }

    private Duration millis(String key) {
        return Duration.ofMillis(config.getValue(key, Long.class));
    }

    /**
     * One instance's proxy. Made on the instance's first call, on whatever thread makes it: the builder finds
     * RESTEasy's implementation through the thread's context class loader, so this module's is set meanwhile.
     */
    private static <T> T proxy(Class<T> api, ServiceInstance instance, Duration connectTimeout, Duration readTimeout) {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(ServiceClients.class.getClassLoader());
        try {
            RestClientBuilder builder = RestClientBuilder.newBuilder()
                    .baseUri(instance.url())
                    .register(SharedJsonb.class)
                    .register(DownstreamBytes.class)
                    .register(ForwardedCallerToken.class)
                    .register(ForwardedCorrelationId.class)
                    // The interfaces' DownstreamRefusalMapper answers every error status, so RESTEasy's
                    // default mapper would never run; building it read resteasy.unwrapped.exceptions as a
                    // boolean, a key WildFly sets to a class list (jakarta.ejb.EJBException) for its server
                    // side, and logged SRCFG01008 for each client.
                    .property(DISABLE_DEFAULT_MAPPER, true);
            // RESTEasy's builder takes an engine of our own (BufferedHttpEngine says why); the timeouts are its.
            return ((RestClientBuilderImpl) builder).build(api, new BufferedHttpEngine(connectTimeout, readTimeout));
        } finally {
            thread.setContextClassLoader(caller);
        }
    }
}
