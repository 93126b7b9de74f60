package dev.comptoir.ear.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Committed data is still there after the server stops and starts again. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataSurvivesRestartIT {

    private static final String SERVER = "wildfly-manual";
    private static final String EAR = "comptoir";

    @Deployment(name = EAR, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    ContainerController server;

    @ArquillianResource
    Deployer deployer;

    @Test
    void keepsCustomersProductsOrdersAndReservationsAcrossARestart() {
        JsonHttp http = Tokens.admin(new JsonHttp("http://127.0.0.1:8080/"));
        Shop shop = new Shop(http);
        server.start(SERVER);
        try {
            deployer.deploy(EAR);
            String customer = shop.customer("Durable", "300");
            String beans = shop.product("Durable beans", "10.00", 5);
            String cup = shop.product("Durable cup", "2.00", 5);
            String order = shop.order(customer, beans, 1, cup, 2);
            http.post(
                            "/customers/" + customer + "/credit-reservations",
                            "{\"orderId\":\"" + order + "\",\"amount\":14}")
                    .expect(201);

            server.stop(SERVER);
            server.start(SERVER);

            JsonObject details = http.get("/api/orders/" + order + "/details").expect(200);
            assertEquals("Durable", details.getJsonObject("customer").getString("name"));
            assertEquals(2, details.getJsonArray("lines").size());
            assertEquals(
                    0,
                    details.getJsonObject("customer")
                            .getJsonNumber("creditAvailable")
                            .bigDecimalValue()
                            .compareTo(new java.math.BigDecimal("286")));
            assertEquals(
                    "RESERVED",
                    http.get("/customers/" + customer + "/credit-reservations/" + order)
                            .expect(200)
                            .getString("status"));
        } finally {
            deployer.undeploy(EAR);
            server.stop(SERVER);
        }
    }
}
