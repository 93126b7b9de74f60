package dev.comptoir.aggregator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The aggregator deployed on a server where no service runs: it deploys, and says which source is missing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AggregatorAloneIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.aggregatorWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void answersAMissingServiceWithA503ThatNamesIt() {
        JsonHttp http = Tokens.admin(new JsonHttp(base.toString()));
        Instant start = Instant.now();

        JsonObject problem =
                http.get("/api/orders/" + UUID.randomUUID() + "/details").problem(503);

        assertEquals("orders", problem.getString("source"));
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "answered within the deadline");
    }

    @Test
    void answersUnknownRoutesWithAProblemDocument() {
        Tokens.admin(new JsonHttp(base.toString())).get("/api/no-such-route").problem(404);
    }
}
