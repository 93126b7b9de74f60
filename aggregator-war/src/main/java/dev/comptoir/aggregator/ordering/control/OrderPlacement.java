package dev.comptoir.aggregator.ordering.control;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.breakers.control.BreakerOpen;
import dev.comptoir.aggregator.customers.control.CustomersClient;
import dev.comptoir.aggregator.customers.entity.Customer;
import dev.comptoir.aggregator.downstream.Fanout;
import dev.comptoir.aggregator.downstream.Fanouts;
import dev.comptoir.aggregator.inventory.control.InventoryClient;
import dev.comptoir.aggregator.inventory.entity.Product;
import dev.comptoir.aggregator.ordering.entity.PlaceOrderV2;
import dev.comptoir.aggregator.orders.control.OrdersClient;
import dev.comptoir.aggregator.orders.entity.OrdersAnswer;
import dev.comptoir.aggregator.refusal.RefusedRequest;
import dev.comptoir.aggregator.responsecache.control.CacheTags;
import dev.comptoir.aggregator.responsecache.control.ResponseCache;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    @Inject
    Fanouts fanouts;

    @Inject
    CustomersClient customers;

    @Inject
    InventoryClient inventory;

    /**
     * Places the order, with {@code saga} and {@code timeLimitMs} passed on to Orders as it takes them (Orders
     * refuses an unknown style or a time limit out of its bounds, and its refusal goes to the caller).
     */
    public OrdersAnswer place(PlaceOrderV2 command, boolean async, String saga, Long timeLimitMs) {
        OrdersAnswer answer = await(orders.place(command.toJson(), async, saga, timeLimitMs));
        if (answer.status() == 201) {
            String orderId = answer.body().getString("id");
            if (cache.enabled()) {
                cache.invalidate(CacheTags.named(JSON.createObjectBuilder()
                        .add("customerId", command.customerId())
                        .add("orderId", orderId)
                        .build()));
            }
            awaitViews(command.customerId(), answer.position());
        }
        return answer;
    }

    /**
     * Refuses an order for a customer or product that Customers or Inventory does not know: 422 naming each such
     * field ({@code fields} names them in the route's shape), nothing forwarded; either service unable to say is
     * a 503 naming it. Why here rather than in Orders: Orders places an order without asking anyone (only its
     * sagas price the lines at Inventory), and it is deployed and tested on its own; the gateway is the clients'
     * door, and it already knows both services. The same checks at Orders would only repeat these calls.
     */
    public void requireKnownReferences(PlaceOrderV2 command, FieldNames fields) {
        Fanout fanout = fanouts.begin();
        Fanout.Part<Customer> customer =
                fanout.start("customer", "customers", () -> customers.customer(command.customerId()));
        Map<String, Fanout.Part<Product>> products = new LinkedHashMap<>();
        command.lines()
                .forEach(line -> products.computeIfAbsent(
                        line.sku(), sku -> fanout.start("product:" + sku, "inventory", () -> inventory.product(sku))));
        JsonArrayBuilder violations = JSON.createArrayBuilder();
        int unknown = 0;
        if (fanout.requiredUnlessMissing(customer, "customer").isEmpty()) {
            violations.add(violation(fields.customer(), "no customer " + command.customerId()));
            unknown++;
        }
        for (int i = 0; i < command.lines().size(); i++) {
            String sku = command.lines().get(i).sku();
            if (fanout.requiredUnlessMissing(products.get(sku), "product").isEmpty()) {
                violations.add(violation(fields.sku().formatted(i), "no product " + sku));
                unknown++;
            }
        }
        if (unknown > 0) {
            throw new ProblemException(Problem.of(
                            422,
                            "unknown-reference",
                            "Unknown reference",
                            unknown + " field(s) name a customer or product that does not exist")
                    .with("violations", violations.build()));
        }
    }

    private static JsonObject violation(String field, String message) {
        return JSON.createObjectBuilder()
                .add("field", field)
                .add("message", message)
                .build();
    }

    /** How a route's shape names the customer and a line's SKU ({@code %d}: the line's index). */
    public record FieldNames(String customer, String sku) {}

    public JsonObject command(String id) {
        return await(orders.command(id));
    }

    /** Read-your-writes, best effort: the order is placed whatever this wait gives. */
    private void awaitViews(String customerId, Long position) {
        if (position == null) {
            return;
        }
        try {
            orders.ordersAfter(customerId, position).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf("Orders' views not yet at %d: %s", position, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Orders' refusal (a 4xx problem) goes to the caller as Orders wrote it; any other failure is a 503. */
    public static <T> T await(CompletionStage<T> call) {
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
        extensions.put("source", JSON.createValue("orders"));
        return new Problem(
                refused.status(),
                refused.problemType(),
                problem.getString("title", "Refused by Orders"),
                problem.getString("detail", "Orders refused the request"),
                extensions);
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(503, "service-unavailable", "Service unavailable", detail)
                .with("source", JSON.createValue("orders")));
    }
}
