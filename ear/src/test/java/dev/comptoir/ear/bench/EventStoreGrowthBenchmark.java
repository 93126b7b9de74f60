package dev.comptoir.ear.bench;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event store's growth against the state's size (docs/patterns/07-event-sourcing.md): orders of 10, 100 and
 * 1,000 events (placed with one line, then a line added per command, over Orders' HTTP API, as
 * {@link EventStoreBenchmark} does), and for each what its stream takes in OrdersDS (read through the datasource by
 * the database probe) against its current state: Orders' JSON answer and the snapshot it keeps.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventStoreGrowthBenchmark {

    private static final int[] EVENTS = BenchSettings.integers("bench.growth-events", "10,100,1000");

    @Deployment(name = "ear", order = 1, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Deployment(name = "probe", order = 2, testable = false)
    static WebArchive probe() {
        return Deployments.databaseProbe();
    }

    @ArquillianResource
    @OperateOnDeployment("ear")
    URL base;

    @Test
    void storedEventsAgainstTheStateTheyBuild() {
        String server = "http://" + base.getHost() + ":" + base.getPort() + "/";
        JsonHttp http = Tokens.admin(new JsonHttp(server));
        JsonHttp probe = new JsonHttp(server + "database-probe/").waitingUpTo(Duration.ofSeconds(60));
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nEvent store growth (Orders, %s): one order per row, a LineAdded per event after its OrderPlaced%n"
                        + "| %6s | %11s | %10s | %12s | %13s | %14s | %13s |%n|---:|---:|---:|---:|---:|---:|---:|%n",
                System.getProperty("comptoir.db", "the build's database"),
                "events",
                "payloads B",
                "rows B",
                "rows B/event",
                "state JSON B",
                "snapshot B (v)",
                "rows / state"));
        for (int events : EVENTS) {
            String order = orderOf(http, events);
            int state = http.get("/orders/" + order).raw().getBytes(StandardCharsets.UTF_8).length;
            JsonObject stored = probe.get("orders/streams/" + order).expect(200);
            if (stored.getInt("events") != events) {
                throw new AssertionError("order " + order + " has " + stored + ", not " + events + " events");
            }
            long rows = stored.getJsonNumber("rowBytes").longValue();
            report.append(String.format(
                    Locale.ROOT,
                    "| %6d | %11d | %10d | %12.1f | %13d | %14s | %12.1fx |%n",
                    events,
                    stored.getJsonNumber("payloadBytes").longValue(),
                    rows,
                    (double) rows / events,
                    state,
                    stored.getJsonNumber("snapshotBytes") + " (" + stored.getJsonNumber("snapshotVersion") + ")",
                    (double) rows / state));
        }
        System.out.println(report);
    }

    /**
     * An order of this many events: placed without a saga (so it stays open to new lines), then a line of its own SKU
     * per command.
     */
    private static String orderOf(JsonHttp http, int events) {
        String order = http.post(
                        "/orders/",
                        "{\"customerId\":\"" + UUID.randomUUID() + "\",\"lines\":[{\"sku\":\"BENCH\",\"quantity\":1}]}")
                .expect(201)
                .getString("id");
        for (int i = 1; i < events; i++) {
            http.post("/orders/" + order + "/lines", "{\"sku\":\"SKU-" + i + "\",\"quantity\":1}")
                    .expect(200);
        }
        return order;
    }
}
