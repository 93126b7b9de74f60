package dev.comptoir.aggregator.downstream;

import dev.comptoir.aggregator.breakers.control.Breakers;
import dev.comptoir.aggregator.discovery.control.ServiceInstance;
import dev.comptoir.aggregator.discovery.control.ServicePool;
import dev.comptoir.aggregator.monitoring.control.GatewayMetrics;
import dev.comptoir.aggregator.refusal.DownstreamRefusal;
import dev.comptoir.aggregator.refusal.RefusedRequest;
import io.opentelemetry.context.Context;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * One service's REST client over all its instances (one proxy each): a call goes, through the service's
 * circuit breaker, to the instance its pool picks. An idempotent call that the instance could not answer
 * (no connection, a timeout, a 5xx, or no service there) is made once more on another instance, inside
 * the same breaker call, so the breaker counts it as failed only when both failed. A write is made once; only
 * when no service code on its instance can have run (a refused connection, the server's own 404 or 503: the
 * instance is gone or its WAR redeploying, and the registry has not yet seen it down) is it made on another
 * instance instead.
 *
 * <p>A read's first try on an instance that became ready less than {@code comptoir.gateway.services.warm-up-ms} ago
 * waits at most {@code comptoir.gateway.services.per-try-timeout-ms} (Envoy's per-try timeout) when another ready
 * instance could take it: a server that has just started pays for its first calls' class loading and compilation,
 * seconds on a busy machine (docs/operations/domain.md), and without this a read sent there would spend its whole call
 * timeout and never reach the other instance. Elsewhere the first try keeps the whole read timeout: cutting a merely
 * slow instance short would throw its progress away.
 */
public final class BalancedClient<T> {

    private static final Logger LOG = Logger.getLogger(BalancedClient.class);

    private final ServicePool pool;
    /** One proxy per instance, made on its first call: the pool's instances may change at run time. */
    private final Map<ServiceInstance, T> proxies = new ConcurrentHashMap<>();
    /** The same with the per-try timeout as read timeout, for a read's first try. */
    private final Map<ServiceInstance, T> firstTryProxies = new ConcurrentHashMap<>();

    /** An instance's proxy with the given read timeout. */
    private final BiFunction<ServiceInstance, Duration, T> proxyFor;

    private final Timeouts timeouts;
    private final Breakers breakers;
    private final Executor executor;
    private final GatewayMetrics metrics;

    BalancedClient(
            ServicePool pool,
            BiFunction<ServiceInstance, Duration, T> proxyFor,
            Timeouts timeouts,
            Breakers breakers,
            Executor executor,
            GatewayMetrics metrics) {
        this.pool = pool;
        this.proxyFor = proxyFor;
        this.timeouts = timeouts;
        this.breakers = breakers;
        this.executor = executor;
        this.metrics = metrics;
        pool.instances().forEach(instance -> proxy(instance, false));
    }

    /**
     * Runs a read (a GET: safe to repeat) on the downstream executor and returns at once. Why not the REST
     * client's own CompletionStage methods: RESTEasy looks up its thread-context providers with a
     * ServiceLoader for every asynchronous call, which a profile showed as half of the aggregator's CPU.
     * The caller's token and correlation id are read here, on the request thread, and set for the call on the executor's ({@link Forwarded}); the call
     * runs in the request's trace context (OpenTelemetry's is a thread local, which the managed executor does
     * not carry), so that its REST client span, and the service's, belong to the request's trace.
     */
    public <R> CompletionStage<R> idempotent(Function<T, R> call) {
        Forwarded forwarded = Forwarded.current();
        return breakers.call(
                pool.service(),
                () -> forwarded.during(() -> withRetry(call)),
                Context.current().wrap(executor));
    }

    /**
     * Runs a read like {@link #idempotent}, but on the calling thread: for a request that makes this one call and
     * has nothing to do while it runs, the hand-off to the downstream executor and back only adds latency (a
     * profile of {@code GET /api/customers/{id}} put it at a fifth of what the gateway adds). The REST client's
     * read timeout bounds it, and the request threads' pool is its bulkhead.
     */
    public <R> CompletionStage<R> idempotentHere(Function<T, R> call) {
        return breakers.call(pool.service(), () -> withRetry(call), Runnable::run);
    }

    /**
     * Runs a write (not safe to repeat: a second instance might apply it again) on the downstream executor,
     * on one instance, through the breaker, and returns at once.
     */
    public <R> CompletionStage<R> once(Function<T, R> call) {
        Forwarded forwarded = Forwarded.current();
        return breakers.call(
                pool.service(),
                () -> forwarded.during(() -> sentOnce(call)),
                Context.current().wrap(executor));
    }

    /**
     * The write on the instance the pool picks, or on another if no service there could have applied it: the
     * instance refused the connection (no byte of the request was sent), or its server answered 404 or 503 with no
     * problem document, which every service writes for its own refusals (nothing is deployed at that path there, or
     * the server is suspended: no service code ran). Any other failure (a reset, a timeout, a service's 5xx) may come
     * after the instance applied it. Between an instance's crash, or the start of its WAR's redeploy, and the
     * registry's next health check, the pool still picks it: without this, every write sent there meanwhile fails.
     */
    private <R> R sentOnce(Function<T, R> call) {
        return onOneOrAnother(call, BalancedClient::notApplied, false);
    }

    private static boolean notApplied(RuntimeException failure) {
        if (failure instanceof DownstreamRefusal refusal && refusal.problem() == null) {
            return refusal.status() == 404 || refusal.status() == 503;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private <R> R withRetry(Function<T, R> call) {
        return onOneOrAnother(call, BalancedClient::instanceFailed, true);
    }

    /**
     * The call on the instance the pool picks, and once more on another when its failure is one that allows it.
     *
     * @param read a read, whose first try may be bounded (see the class)
     */
    private <R> R onOneOrAnother(Function<T, R> call, Predicate<RuntimeException> anotherMayAnswer, boolean read) {
        ServiceInstance first = pool.pick(List.of()).orElseThrow();
        try {
            return on(first, call, read && warmingWithAnotherReady(first));
        } catch (RuntimeException failure) {
            Optional<ServiceInstance> other =
                    anotherMayAnswer.test(failure) ? pool.pick(List.of(first)) : Optional.empty();
            if (other.isEmpty()) {
                throw failure;
            }
            LOG.debugf(
                    "%s failed on %s (%s); once more on %s",
                    pool.service(), first.url(), failure, other.get().url());
            try {
                return on(other.get(), call, false);
            } catch (RuntimeException again) {
                again.addSuppressed(failure);
                throw again;
            }
        }
    }

    private boolean warmingWithAnotherReady(ServiceInstance first) {
        return first.readyWithin(timeouts.warmUp())
                && pool.instances().stream()
                        .anyMatch(other -> other != first && other.health() == ServiceInstance.Health.UP);
    }

    private <R> R on(ServiceInstance instance, Function<T, R> call, boolean firstTry) {
        instance.begin();
        long started = System.nanoTime();
        String outcome = "success";
        Context caller = Context.current();
        try {
            return call.apply(proxy(instance, firstTry));
        } catch (RuntimeException failure) {
            outcome = instanceFailed(failure) ? "failed" : "refused";
            throw failure;
        } finally {
            restore(caller);
            instance.end(outcome.equals("failed"));
            metrics.downstream(pool.service(), outcome, System.nanoTime() - started);
        }
    }

    private T proxy(ServiceInstance instance, boolean firstTry) {
        Map<ServiceInstance, T> made = firstTry ? firstTryProxies : proxies;
        T proxy = made.get(instance);
        if (proxy != null) {
            return proxy;
        }
        // A new instance: the proxies of those that left the pool go.
        made.keySet().retainAll(pool.instances());
        Duration timeout = firstTry ? timeouts.perTry() : timeouts.read();
        return made.computeIfAbsent(instance, key -> proxyFor.apply(key, timeout));
    }

    /**
     * Makes the caller's trace context current again after a call that got no answer. WildFly's REST client
     * tracing (SmallRye OpenTelemetry's client filter) makes its span current when the request goes out and ends
     * that only in its response filter, which never runs without a response (no connection, a read timeout:
     * smallrye-opentelemetry issue 344). The thread would keep that span current for the rest of its work: the
     * request's later calls and messages would be taken for its children, and the server span's scope would not
     * close (SmallRye closes a scope only while it is the current one). The scope is left open on purpose: it
     * reinstates the context that the caller's own scope will end. (service-kit's FreshTraceContext then clears
     * the thread for its next request.)
     */
    private static void restore(Context caller) {
        if (Context.current() != caller) {
            caller.makeCurrent();
        }
    }

    /** The instance, not the request, was at fault (a 4xx no service wrote included): another may well answer. */
    private static boolean instanceFailed(RuntimeException failure) {
        return failure instanceof ProcessingException
                || (failure instanceof DownstreamRefusal refusal
                        && (!(refusal instanceof RefusedRequest) || refusal.problem() == null));
    }

    /**
     * @param read   a call's read timeout
     * @param perTry a read's first try on a warming instance
     * @param warmUp how long an instance counts as warming after it became ready
     */
    record Timeouts(Duration read, Duration perTry, Duration warmUp) {}
}
