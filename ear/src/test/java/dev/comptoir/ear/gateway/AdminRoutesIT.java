package dev.comptoir.ear.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.Tokens;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every admin route of every WAR (the kits' fault injection, messaging state, delivery failures, saga
 * participations and the Orders projections' state) takes an operator's or an admin's token: none is a 401
 * problem, a customer's a 403 problem, and nothing changes; an operator's is answered. The aggregator registers
 * only the kit routes it uses: fault injection and delivery failures, not messaging state (it publishes nothing)
 * nor saga participations (it takes part in no saga), which it does not serve. The test server runs in demo mode
 * (fault injection on), as the run command starts it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminRoutesIT {

    /** The three services, under their context, wherever they answer. */
    private static final List<String> SERVICES = List.of("customers", "orders", "inventory");

    /** Reads an operator makes, each answered (200) for an operator. */
    private static final List<String> READS =
            List.of("admin/faults", "admin/messaging", "admin/delivery-failures?eventId=admin-routes-it");

    /** The aggregator's, at the root: the kit routes it registers. */
    private static final List<String> AGGREGATOR_READS =
            List.of("admin/faults", "admin/delivery-failures?eventId=admin-routes-it");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp gateway;
    private JsonHttp services;
    private String customer;

    @BeforeEach
    void setUp() {
        gateway = new JsonHttp("http://" + base.getHost() + ":" + base.getPort());
        services = new JsonHttp(Deployments.services(base));
        customer = new Shop(services).customer("Admin Routes", "100");
    }

    @Test
    void faultInjectionAtTheGatewayTakesAnOperatorsTokenAndAnAnonymousRuleChangesNothing() {
        String rule = "[{\"pathPattern\":\".*\",\"latencyMs\":0,\"jitterMs\":0,\"failureRate\":1}]";

        refusedWithoutAToken(gateway.anonymous().put("/admin/faults", rule), "PUT /admin/faults");
        refusedToACustomer(gateway.bearer(Tokens.customer(customer)).put("/admin/faults", rule), "PUT /admin/faults");
        refusedWithoutAToken(gateway.anonymous().delete("/admin/faults"), "DELETE /admin/faults");

        JsonResponse view = Tokens.admin(gateway).get("/api/views/customers/" + customer);
        assertTrue(view.status() != 503, "no rule was set: " + view.raw());
        JsonResponse rules = Tokens.operator(gateway).get("/admin/faults");
        assertEquals(200, rules.status(), rules::raw);
        assertEquals(0, rules.array().size(), rules::raw);
        assertEquals(204, Tokens.operator(gateway).delete("/admin/faults").status());
    }

    @Test
    void everyWarsAdminRoutesRefuseNoTokenAndACustomersAndAnswerAnOperator() {
        Properties credentials = ManagementApi.credentials();
        String operatorToken = Tokens.fetch(
                gateway, credentials.getProperty("operator.user"), credentials.getProperty("operator.password"));
        for (String read : AGGREGATOR_READS) {
            checkRoute(gateway, gateway.bearer(operatorToken), "GET", "/" + read, 200);
        }
        for (String service : SERVICES) {
            JsonHttp operator = services.bearer(operatorToken);
            String root = "/" + service + "/";
            for (String read : READS) {
                checkRoute(services, operator, "GET", root + read, 200);
            }
            checkRoute(services, operator, "GET", root + "saga/participations/create-order:admin-routes-it", 404);
            checkRoute(services, null, "POST", root + "saga/participations/create-order:admin-routes-it/retry", 0);
            checkRoute(services, null, "POST", root + "saga/participations/create-order:admin-routes-it/resolve", 0);
        }
        checkRoute(services, services.bearer(operatorToken), "GET", "/orders/admin/projections/order-views", 200);
        checkRoute(services, null, "POST", "/orders/admin/projections/order-views/rebuild", 0);
    }

    /** No token: 401; a customer's: 403; an operator's (when given): the expected status, not a refusal. */
    private void checkRoute(JsonHttp http, JsonHttp operator, String method, String path, int expected) {
        String route = method + " " + path;
        String body = method.equals("GET") ? "" : "{\"note\":\"admin-routes-it\"}";
        refusedWithoutAToken(http.anonymous().send(method, path, "application/json", body), route);
        refusedToACustomer(http.bearer(Tokens.customer(customer)).send(method, path, "application/json", body), route);
        if (operator != null) {
            JsonResponse answer = operator.send(method, path, "application/json", body);
            assertEquals(expected, answer.status(), route + " as an operator: " + answer.raw());
        }
    }

    private static void refusedWithoutAToken(JsonResponse answer, String route) {
        assertEquals(401, answer.status(), route + " without a token: " + answer.raw());
        answer.problem(401);
        String challenge = answer.header("WWW-Authenticate");
        assertTrue(challenge != null && challenge.startsWith("Bearer"), route + ": " + challenge);
    }

    private static void refusedToACustomer(JsonResponse answer, String route) {
        assertEquals(403, answer.status(), route + " with a customer's token: " + answer.raw());
        answer.problem(403);
    }
}
