package dev.comptoir.aggregator.console;

import static dev.comptoir.kit.json.Jsonp.JSON;

import dev.comptoir.kit.ids.Sku;
import dev.comptoir.kit.ids.Uuid;
import dev.comptoir.kit.problem.Problem;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/admin/console}: what the console's scenarios need from the services that the gateway's clients are
 * not given (operator or admin, as all of /api/admin). The orders themselves go through the public API.
 */
@Path("api/admin/console")
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleResource {

    /** A product's price in a scenario: a credit limit below it refuses an order of two. */
    private static final BigDecimal PRICE = new BigDecimal("5.00");

    private static final BigDecimal MOST_CREDIT = new BigDecimal("1000000");

    @Inject
    ServiceDoor services;

    /**
     * A scenario's cast: a new customer with {@code creditLimit} at Customers, and a new product at Inventory
     * (5.00, 10 in stock), each named after this run so that a scenario can run again. With {@code "stocked": false}
     * the product is only named, not created: an order for it reaches Inventory's fulfilment as a poison message.
     */
    @Operation(summary = "A scenario's cast: a new customer with the credit limit asked for and a new product")
    @POST
    @Path("fixtures")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "503", description = "Customers or Inventory did not answer")
    public Response fixtures(JsonObject body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (body == null
                || !Set.of("creditLimit", "stocked").containsAll(body.keySet())
                || !(body.get("creditLimit") instanceof JsonNumber limit)
                || limit.bigDecimalValue().signum() < 0
                || limit.bigDecimalValue().compareTo(MOST_CREDIT) > 0
                || !Set.of(JsonValue.TRUE, JsonValue.FALSE).contains(body.getOrDefault("stocked", JsonValue.TRUE))) {
            return Problem.of(
                            400,
                            "invalid-request",
                            "Invalid request",
                            "Give {\"creditLimit\": a number from 0 to " + MOST_CREDIT
                                    + "} and optionally \"stocked\": true or false, nothing else")
                    .toResponse();
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        ServiceDoor.Answer customer = services.one(
                "customers",
                "POST",
                "/",
                JSON.createObjectBuilder()
                        .add("name", "Console " + run)
                        .add("email", "console-" + run + "@example.com")
                        .add("creditLimit", limit.bigDecimalValue())
                        .build()
                        .toString(),
                authorization);
        if (!customer.created()) {
            return customer.toResponse();
        }
        String sku = "CONSOLE-" + run.toUpperCase();
        if (body.getBoolean("stocked", true)) {
            ServiceDoor.Answer product = stock(sku, authorization);
            if (!product.created()) {
                return product.toResponse();
            }
        }
        String customerId = customer.json().getString("id");
        return Response.status(201)
                .entity(JSON.createObjectBuilder()
                        .add("customerId", customerId)
                        .add("sku", sku)
                        .add("price", PRICE)
                        .add("creditLimit", limit.bigDecimalValue())
                        .build())
                .build();
    }

    /** Creates the product a scenario named but did not stock (5.00, 10 in stock): the fix before a replay. */
    @Operation(summary = "Creates a product a scenario named but did not stock (5.00, 10 in stock)")
    @PUT
    @Path("products/{sku}")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "409", description = "Inventory has that product already")
    @APIResponse(responseCode = "503", description = "Inventory did not answer")
    public Response stockProduct(
            @PathParam("sku") @Sku String sku, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return stock(sku, authorization).toResponse();
    }

    private ServiceDoor.Answer stock(String sku, String authorization) {
        return services.one(
                "inventory",
                "POST",
                "products",
                JSON.createObjectBuilder()
                        .add("sku", sku)
                        .add("name", "Console product " + sku)
                        .add("price", PRICE)
                        .add("stock", 10)
                        .build()
                        .toString(),
                authorization);
    }

    /** The sagas started last, newest first, as Orders lists them. */
    @GET
    @Path("sagas")
    @Operation(summary = "The sagas started last, of both styles, newest first")
    public Response recentSagas(
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.one("orders", "GET", "sagas?limit=" + limit, null, authorization)
                .toResponse();
    }

    /** The order's saga timeline, as Orders records it. */
    @Operation(summary = "The order's saga timeline, as Orders records it")
    @GET
    @Path("sagas/{orderId}")
    public Response saga(
            @PathParam("orderId") @Uuid String orderId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.one("orders", "GET", orderId + "/saga", null, authorization)
                .toResponse();
    }

    /** Replaces the service's fault rules on each of its instances (docs/operations/fault-injection.md). */
    @Operation(summary = "Replaces the service's fault rules on each of its instances")
    @PUT
    @Path("faults/{service}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "503", description = "An instance of the service did not answer")
    public Response injectFaults(
            @PathParam("service") String service,
            String rules,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.every(service, "PUT", "admin/faults", rules, authorization)
                .toResponse();
    }

    /** Removes the service's fault rules on each of its instances. */
    @Operation(summary = "Removes the service's fault rules on each of its instances")
    @DELETE
    @Path("faults/{service}")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "503", description = "An instance of the service did not answer")
    public Response clearFaults(
            @PathParam("service") String service, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return services.every(service, "DELETE", "admin/faults", null, authorization)
                .toResponse();
    }
}
