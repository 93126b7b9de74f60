package dev.comptoir.aggregator.ordering.control;

import dev.comptoir.aggregator.breakers.control.BreakerOpen;
import dev.comptoir.aggregator.downstream.RefusedRequest;
import dev.comptoir.aggregator.ordering.entity.PlaceOrderV2;
import dev.comptoir.aggregator.orders.control.OrdersClient;
import dev.comptoir.aggregator.orders.entity.OrdersAnswer;
import dev.comptoir.aggregator.responsecache.control.CacheTags;
import dev.comptoir.aggregator.responsecache.control.ResponseCache;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Places an order at Orders with the caller's token, at once or queued (Orders' HTTP-to-JMS path). Why through
 * Orders' async endpoint and not onto the queue from here: the command's status row lives in OrdersDS and is
 * written with its message in one transaction there; the gateway sending to the queue would need Orders'
 * database or a second, unsynchronised record of the command.
 *
 * <p>A placed order drops at once the cached answers made from its customer (the response cache would
 * otherwise serve the old overview until OrderPlaced reaches the gateway), and the answer waits, briefly,
 * until Orders' read side has the order, so that a read right after the write sees it.
 */
@ApplicationScoped
public class OrderPlacement {

    private static final Logger LOG = Logger.getLogger(OrderPlacement.class);

    /** Orders' own read timeout bounds each call; this only keeps a request from waiting on a lost one. */
    private static final long WAIT_SECONDS = 10;

    @Inject
    OrdersClient orders;

    @Inject
    ResponseCache cache;

    public OrdersAnswer place(PlaceOrderV2 command, boolean async, String authorization) {
        OrdersAnswer answer = await(orders.place(command.toJson(), async, authorization));
        if (answer.status() == 201) {
            String orderId = answer.body().getString("id");
            if (cache.enabled()) {
                cache.invalidate(CacheTags.named(Json.createObjectBuilder()
                        .add("customerId", command.customerId())
                        .add("orderId", orderId)
                        .build()));
            }
            awaitViews(command.customerId(), answer.position(), authorization);
        }
        return answer;
    }

    public JsonObject command(String id, String authorization) {
        return await(orders.command(id, authorization));
    }

    /** Read-your-writes, best effort: the order is placed whatever this wait gives. */
    private void awaitViews(String customerId, Long position, String authorization) {
        if (position == null) {
            return;
        }
        try {
            orders.ordersAfter(customerId, position, authorization)
                    .toCompletableFuture()
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf("Orders' views not yet at %d: %s", position, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Orders' refusal (a 4xx problem) goes to the caller as Orders wrote it; any other failure is a 503. */
    private static <T> T await(CompletionStage<T> call) {
        try {
            return call.toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RefusedRequest refused && refused.problem() != null) {
                    throw new ProblemException(passedOn(refused));
                }
                if (cause instanceof BreakerOpen) {
                    throw unavailable("Orders' circuit breaker is open");
                }
            }
            throw unavailable("Orders could not be reached or failed");
        } catch (TimeoutException e) {
            throw unavailable("Orders did not answer in " + WAIT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private static Problem passedOn(RefusedRequest refused) {
        JsonObject problem = refused.problem();
        Map<String, JsonValue> extensions = new HashMap<>(problem);
        extensions.keySet().removeAll(Set.of("type", "title", "status", "detail"));
        extensions.put("source", Json.createValue("orders"));
        return new Problem(
                refused.status(),
                refused.problemType(),
                problem.getString("title", "Refused by Orders"),
                problem.getString("detail", "Orders refused the request"),
                extensions);
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(503, "service-unavailable", "Service unavailable", detail)
                .with("source", Json.createValue("orders")));
    }
}
