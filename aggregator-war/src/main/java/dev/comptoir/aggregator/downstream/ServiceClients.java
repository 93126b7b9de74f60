package dev.comptoir.aggregator.downstream;

import dev.comptoir.aggregator.breakers.control.Breakers;
import dev.comptoir.kit.json.SharedJsonb;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Builds the aggregator's REST clients from the standard MicroProfile REST Client keys of their
 * configKey ({@code customers/mp-rest/url}, {@code .../connectTimeout}, {@code .../readTimeout}).
 *
 * <p>Why not {@code @Inject @RestClient}: in the EAR, RESTEasy's CDI bean reads MicroProfile Config
 * with the EAR's class loader and misses this WAR's {@code microprofile-config.properties}. Reading the
 * same keys with this module's Config works alike when the WAR is deployed alone or in the EAR.
 */
@ApplicationScoped
public class ServiceClients {

    private final Config config = ConfigProvider.getConfig(ServiceClients.class.getClassLoader());

    /** The managed executor that server-config sets aside for calls to the services (a bulkhead). */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/downstream")
    ManagedExecutorService executor;

    @Inject
    Breakers breakers;

    public <T> T create(Class<T> api) {
        String key = api.getAnnotation(RegisterRestClient.class).configKey();
        return RestClientBuilder.newBuilder()
                .baseUri(config.getValue(key + "/mp-rest/url", URI.class))
                .connectTimeout(config.getValue(key + "/mp-rest/connectTimeout", Long.class), TimeUnit.MILLISECONDS)
                .readTimeout(config.getValue(key + "/mp-rest/readTimeout", Long.class), TimeUnit.MILLISECONDS)
                .register(SharedJsonb.class)
                .register(DownstreamBytes.class)
                .build(api);
    }

    /**
     * Runs one blocking client call on the downstream executor, through the service's circuit breaker, and
     * returns at once. Why not the REST client's own CompletionStage methods: RESTEasy looks up its
     * thread-context providers with a ServiceLoader for every asynchronous call, which a profile showed as
     * half of the aggregator's CPU.
     */
    public <T> CompletionStage<T> async(String service, Supplier<T> call) {
        return breakers.call(service, call, executor);
    }
}
