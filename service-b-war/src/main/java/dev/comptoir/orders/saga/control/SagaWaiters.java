package dev.comptoir.orders.saga.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The requests waiting for their choreographed saga to end, woken once the transaction that ended it
 * commits (so that they read the order as it ended). A request woken by nothing (the saga ended on another
 * instance) gives up at its bound and reads the order as it is.
 */
@ApplicationScoped
public class SagaWaiters {

    private final ConcurrentHashMap<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** Called before the saga can end, so that its end is not missed. */
    public CompletableFuture<Void> register(String orderId) {
        return waiting.computeIfAbsent(orderId, id -> new CompletableFuture<>());
    }

    public void await(String orderId, CompletableFuture<Void> end, Duration atMost) {
        try {
            end.get(Math.max(atMost.toMillis(), 0), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Answered with the order as it is.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.remove(orderId, end);
        }
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SagaEnded ended) {
        CompletableFuture<Void> end = waiting.remove(ended.orderId());
        if (end != null) {
            end.complete(null);
        }
    }
}
