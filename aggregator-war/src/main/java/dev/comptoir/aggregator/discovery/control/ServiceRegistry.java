package dev.comptoir.aggregator.discovery.control;

import dev.comptoir.kit.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The instances of each service, from {@code comptoir.gateway.services.<service>.urls} (comma-separated; the REST
 * client's {@code <service>/mp-rest/url} when unset), and their readiness: every
 * {@code comptoir.gateway.services.health-interval-ms} each instance's {@code <url>/health/ready} (the service kit's
 * per-WAR readiness) is asked; 200 is UP, anything else, or no answer within
 * {@code comptoir.gateway.services.health-timeout-ms}, is DOWN. The list is read again before each round: an instance
 * added to it at run time (a system property the management API writes, as the domain's scale-up does) takes calls from
 * its first ready check on, with no restart; one taken off it gets none.
 */
@ApplicationScoped
public class ServiceRegistry {

    /** The services the aggregator calls, by the names their configuration, breakers and metrics go by. */
    public static final List<String> SERVICES = List.of("customers", "orders", "inventory");

    private static final Logger LOG = Logger.getLogger(ServiceRegistry.class);
    private static final String READINESS = "health/ready";

    /** Read with this module's class loader, as ServiceClients does (the EAR's would miss the WAR's file). */
    private final Config config = ConfigProvider.getConfig(ServiceRegistry.class.getClassLoader());

    @Resource
    ManagedScheduledExecutorService executor;

    private Map<String, ServicePool> pools;
    private HttpClient http;
    private Duration timeout;
    private ScheduledFuture<?> checking;

    @PostConstruct
    void build() {
        pools = SERVICES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), this::configured));
        timeout = Duration.ofMillis(setting("comptoir.gateway.services.health-timeout-ms", 1000));
        http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        long interval = setting("comptoir.gateway.services.health-interval-ms", 5000);
        checking = executor.scheduleWithFixedDelay(this::checkAll, 0, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (checking != null) {
            checking.cancel(false);
        }
    }

    public ServicePool pool(String service) {
        ServicePool pool = pools.get(service);
        if (pool == null) {
            throw ProblemException.notFound("service", service);
        }
        return pool;
    }

    public List<ServicePool> pools() {
        return SERVICES.stream().map(pools::get).toList();
    }

    private ServicePool configured(String service) {
        List<ServiceInstance> instances = urls(service).stream()
                .map(url -> new ServiceInstance(service, url))
                .toList();
        String balancing = config.getOptionalValue("comptoir.gateway.services." + service + ".balancing", String.class)
                .or(() -> config.getOptionalValue("comptoir.gateway.services.balancing", String.class))
                .orElse(Balancing.ROUND_ROBIN.label());
        return new ServicePool(service, instances, Balancing.of(balancing));
    }

    private List<URI> urls(String service) {
        String urls = config.getOptionalValue("comptoir.gateway.services." + service + ".urls", String.class)
                .orElseGet(() -> config.getValue(service + "/mp-rest/url", String.class));
        List<URI> listed = Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(URI::create)
                .toList();
        if (listed.isEmpty()) {
            throw new IllegalStateException("comptoir.gateway.services." + service + ".urls names no instance");
        }
        return listed;
    }

    private long setting(String key, long fallback) {
        return config.getOptionalValue(key, Long.class).orElse(fallback);
    }

    private void checkAll() {
        pools.values().forEach(pool -> {
            relist(pool);
            pool.instances().forEach(this::check);
        });
    }

    private void relist(ServicePool pool) {
        try {
            if (pool.list(urls(pool.service()))) {
                LOG.infof(
                        "%s instances now: %s",
                        pool.service(),
                        pool.instances().stream().map(ServiceInstance::url).toList());
            }
        } catch (RuntimeException unreadable) {
            // A list emptied or mistyped at run time: the instances known so far serve on.
            LOG.warnf(unreadable, "%s instances not read again", pool.service());
        }
    }

    private void check(ServiceInstance instance) {
        HttpRequest request = HttpRequest.newBuilder(readiness(instance.url()))
                .timeout(timeout)
                .GET()
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            boolean up = status == 200;
            instance.checked(
                    up ? ServiceInstance.Health.UP : ServiceInstance.Health.DOWN,
                    up ? null : "HTTP " + status,
                    Instant.now());
        } catch (IOException e) {
            instance.checked(ServiceInstance.Health.DOWN, String.valueOf(e), Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // One broken check must not end the schedule (a thrown task is never run again).
            LOG.warnf(e, "Readiness check of %s failed", instance.url());
            instance.checked(ServiceInstance.Health.DOWN, String.valueOf(e), Instant.now());
        }
    }

    private static URI readiness(URI base) {
        String root = base.toString();
        return URI.create(root.endsWith("/") ? root + READINESS : root + "/" + READINESS);
    }
}
