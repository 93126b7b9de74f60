package dev.comptoir.inventory.stock.control;

import dev.comptoir.kit.correlation.ForwardedCorrelationId;
import dev.comptoir.kit.problem.Problem;
import dev.comptoir.kit.problem.ProblemException;
import dev.comptoir.kit.security.ForwardedCallerToken;
import dev.comptoir.kit.security.Owners;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Who placed an order, as Orders says: a stock reservation is keyed by its order and keeps no customer. Asked with
 * the caller's own token, so that Orders' own check applies as well: another customer's order is a 404 there, and
 * its reservation one here.
 */
@ApplicationScoped
public class OrderOwners implements Owners {

    /** Where Orders answers; the default suits the single-server EAR. */
    @Inject
    @ConfigProperty(name = "comptoir.inventory.orders-url", defaultValue = "http://localhost:8180/orders")
    String orders;

    private OrdersApi client;

    @PostConstruct
    void open() {
        // A read of one order: Orders answers within milliseconds or is in trouble.
        client = RestClientBuilder.newBuilder()
                .baseUri(URI.create(orders))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .register(ForwardedCorrelationId.class)
                .register(ForwardedCallerToken.class)
                // Every status is this class's to read (a 404 is no owner), none an exception.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(OrdersApi.class);
    }

    @PreDestroy
    void close() {
        try {
            ((Closeable) client).close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String ownerOf(String orderId) {
        try (Response answer = client.order(orderId)) {
            if (answer.getStatus() == 200) {
                return answer.readEntity(JsonObject.class).getString("customerId", null);
            }
            // Unknown, or not an id Orders ever makes (its ids are UUIDs, a reservation's key is broader): no owner.
            if (answer.getStatus() == 404 || answer.getStatus() == 400) {
                return null;
            }
            throw unavailable(answer.getStatus() + "");
        } catch (ProcessingException e) {
            throw unavailable(e.getMessage());
        }
    }

    private static ProblemException unavailable(String why) {
        return new ProblemException(Problem.of(
                503,
                "service-unavailable",
                "Service unavailable",
                "Orders could not tell who placed the order: " + why));
    }
}
