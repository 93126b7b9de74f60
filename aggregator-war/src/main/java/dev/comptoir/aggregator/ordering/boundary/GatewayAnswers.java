package dev.comptoir.aggregator.ordering.boundary;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.aggregator.authorization.boundary.OwnershipFilter;
import dev.comptoir.aggregator.ordering.control.OrderPlacement;
import dev.comptoir.aggregator.ordering.entity.PlaceOrderV2;
import dev.comptoir.aggregator.orders.entity.OrdersAnswer;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Function;

/**
 * What the write routes share: the caller's right to place for a customer, and Orders' answers reshaped for
 * the gateway's clients: links under /api (an order's details, a command's status), never Orders' own URLs.
 */
final class GatewayAnswers {

    private GatewayAnswers() {}

    /**
     * Places the order if the caller may: a customer for themselves only (a body naming another is refused,
     * nothing forwarded), an admin for anyone. {@code customerField} names the customer in the route's shape.
     */
    static Response place(
            OrderPlacement placement,
            SecurityContext security,
            PlaceOrderV2 command,
            OrderPlacement.FieldNames fields,
            Saga saga,
            String prefer,
            UriInfo uri,
            Function<JsonObject, Object> shape) {
        // Read before any call downstream: RESTEasy's request context was once gone from this thread after the
        // calls (a CI run on PostgreSQL: "Unable to find contextual data of type UriInfo", a 500 for a placed order).
        URI base = uri.getBaseUri();
        OwnershipFilter.requirePlacingFor(security, command.customerId(), fields.customer());
        placement.requireKnownReferences(command, fields);
        boolean async = prefer != null && prefer.contains("respond-async");
        return of(placement.place(command, async, saga.style(), saga.timeLimit()), base, shape);
    }

    /**
     * The saga asked for by both versions' query parameters, passed on as Orders takes them: {@code saga}
     * (orchestrated or choreographed) and {@code timeLimitMs}, which the routes take as digits (a number JAX-RS
     * cannot convert would be a 404).
     */
    record Saga(String style, String timeLimitMs) {

        Long timeLimit() {
            return timeLimitMs == null ? null : Long.valueOf(timeLimitMs);
        }
    }

    /** 201 with the order (in the route's shape) and its details' URL, or 202 with the command's status URL. */
    private static Response of(OrdersAnswer answer, URI base, Function<JsonObject, Object> shape) {
        if (answer.status() == 202) {
            JsonObject status = command(answer.body(), base);
            return Response.accepted(status)
                    .location(UriBuilder.fromUri(base)
                            .path("api/orders/commands")
                            .path(status.getString("id"))
                            .build())
                    .header("Preference-Applied", "respond-async")
                    .build();
        }
        JsonObject order = answer.body();
        return Response.status(answer.status())
                .entity(shape.apply(order))
                .location(details(base, order.getString("id")))
                .build();
    }

    /** A command's status with its order linked under /api. */
    static JsonObject command(JsonObject status, URI base) {
        JsonObjectBuilder shaped = JSON.createObjectBuilder(status);
        if (status.get("orderId") instanceof JsonString orderId) {
            shaped.add("order", details(base, orderId.getString()).toString());
        }
        return shaped.build();
    }

    /** The order's details at this gateway (its own context root: /api, or /cached/api for a second copy). */
    private static URI details(URI base, String orderId) {
        return UriBuilder.fromUri(base)
                .path("api/orders")
                .path(orderId)
                .path("details")
                .build();
    }
}
