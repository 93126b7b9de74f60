package dev.comptoir.aggregator.discovery.control;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The instances of one service and how calls are spread over them. */
public final class ServicePool {

    private final String service;
    /** Replaced whole when the configured instances change ({@link #list}); a call reads it once. */
    private volatile List<ServiceInstance> instances;

    private final Balancing balancing;
    private final AtomicLong turn = new AtomicLong();

    public ServicePool(String service, List<ServiceInstance> instances, Balancing balancing) {
        this.service = service;
        this.instances = List.copyOf(instances);
        this.balancing = balancing;
    }

    /**
     * An instance for the next call, none of {@code tried}: a ready one if there is one; else any, so that a
     * service whose every instance looks down is still tried and its circuit breaker, not the registry,
     * decides to stop calling it. Empty once every instance has been tried.
     */
    public Optional<ServiceInstance> pick(Collection<ServiceInstance> tried) {
        List<ServiceInstance> untried =
                instances.stream().filter(instance -> !tried.contains(instance)).toList();
        if (untried.isEmpty()) {
            return Optional.empty();
        }
        List<ServiceInstance> ready =
                untried.stream().filter(ServiceInstance::usable).toList();
        return Optional.of(balancing.choose(ready.isEmpty() ? untried : ready, turn.getAndIncrement()));
    }

    /**
     * The configured instances again, read at run time: one still listed keeps its state (health, counts), a new
     * one joins (unchecked, so usable until its first check), one no longer listed leaves. True when they changed.
     */
    synchronized boolean list(List<URI> urls) {
        List<ServiceInstance> current = instances;
        List<ServiceInstance> listed = urls.stream()
                .map(url -> current.stream()
                        .filter(instance -> instance.url().equals(url))
                        .findFirst()
                        .orElseGet(() -> new ServiceInstance(service, url)))
                .toList();
        if (listed.equals(current)) {
            return false;
        }
        instances = listed;
        return true;
    }

    public String service() {
        return service;
    }

    public List<ServiceInstance> instances() {
        return instances;
    }

    public Balancing balancing() {
        return balancing;
    }
}
