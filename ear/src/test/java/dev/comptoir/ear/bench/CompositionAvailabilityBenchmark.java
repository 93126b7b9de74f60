package dev.comptoir.ear.bench;

import static org.awaitility.Awaitility.await;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Composition's availability against the CQRS view's (docs/patterns/01-composition-aggregator.md): each of the
 * three services fails a share of its GETs (fault injection, 503), and an open-loop load asks, each tick, the
 * composed overview ({@code /api/customers/{id}/overview}: Customers required, Orders and Inventory optional) and
 * the CQRS view of the same customer ({@code /api/views/customers/{id}}, fed by events, read from its own
 * database); each answer counted complete, partial (a section from its last good copy, or missing) or failed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompositionAvailabilityBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 10);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final double FAILURE_RATE = Double.parseDouble(System.getProperty("bench.failure-rate", "0.2"));
    private static final List<String> SERVICES = List.of("customers", "orders", "inventory");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    @Test
    void composedAgainstViewWithFailingProviders() throws Exception {
        String server = "http://" + base.getHost() + ":" + base.getPort();
        JsonHttp http = Tokens.admin(new JsonHttp(server + "/"));
        String customer = BenchCustomer.withOneOrder(http);
        String composed = "/api/customers/" + customer + "/overview";
        String viewed = "/api/views/customers/" + customer;
        // Both read sides hold the order before the faults start: what follows measures availability, not lag.
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(composed).expect(200).getBoolean("complete")
                        && http.get(viewed).expect(200).getJsonArray("orders").size() == 1);
        Outcomes composition = new Outcomes("API composition " + composed.replace(customer, "{id}"));
        Outcomes view = new Outcomes("CQRS view " + viewed.replace(customer, "{id}"));
        Faults faults = new Faults(server + "/");
        SERVICES.forEach(service -> faults.rules(
                service,
                "[{\"method\":\"GET\",\"pathPattern\":\"(?!health).*\",\"latencyMs\":0,\"jitterMs\":0,"
                        + "\"failureRate\":" + FAILURE_RATE + ",\"failureStatus\":503}]"));
        try {
            URI composedUri = URI.create(server + composed);
            URI viewedUri = URI.create(server + viewed);
            OpenLoop.run(
                    RATE,
                    SECONDS,
                    scheduled -> CompletableFuture.allOf(
                            OpenLoop.answer(composedUri).handle(composition::count),
                            OpenLoop.answer(viewedUri).handle(view::count)));
        } finally {
            faults.clear(SERVICES.toArray(String[]::new));
        }
        System.out.println(String.format(
                        Locale.ROOT,
                        "%nComposition availability: each service fails %.0f%% of its GETs (503); %d req/s per path for"
                                + " %d s%n| %-38s | %8s | %9s | %10s | %8s | %8s |%n|---|---:|---:|---:|---:|---:|%n",
                        FAILURE_RATE * 100,
                        RATE,
                        SECONDS,
                        "path",
                        "complete",
                        "from copy",
                        "no section",
                        "failed",
                        "answers")
                + composition.row()
                + view.row()
                + "\nThe composition's sections (status: answers): "
                + composition.sections);
    }

    /**
     * How one path's answers went: complete (a 200 whose sections all came from their service; the view has no
     * sections, its 200 counts here), partial (a 200 with a section from its last good copy, or without it), failed.
     */
    private static final class Outcomes {

        private final String name;
        private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
        /** How each section of the answers went, by its {@code sources} report (stock sections as one). */
        final ConcurrentSkipListMap<String, LongAdder> sections = new ConcurrentSkipListMap<>();

        Outcomes(String name) {
            this.name = name;
        }

        Void count(HttpResponse<String> answer, Throwable failure) {
            counts.computeIfAbsent(outcome(answer, failure), key -> new LongAdder())
                    .increment();
            return null;
        }

        private String outcome(HttpResponse<String> answer, Throwable failure) {
            if (failure != null || answer.statusCode() != 200) {
                return "failed";
            }
            JsonObject body = Json.createReader(new StringReader(answer.body())).readObject();
            if (body.containsKey("sources")) {
                body.getJsonObject("sources")
                        .forEach((section, report) -> sections.computeIfAbsent(
                                        section.replaceFirst(":.*", "") + " "
                                                + report.asJsonObject().getString("status"),
                                        key -> new LongAdder())
                                .increment());
            }
            if (!body.containsKey("complete") || body.getBoolean("complete")) {
                return "complete";
            }
            return answer.body().contains("\"from_cache\"") ? "from copy" : "no section";
        }

        String row() {
            long total = counts.values().stream().mapToLong(LongAdder::sum).sum();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %-38s |", name));
            for (String outcome : List.of("complete", "from copy", "no section", "failed")) {
                LongAdder count = counts.get(outcome);
                row.append(String.format(
                        Locale.ROOT,
                        " %" + Math.max(8, outcome.length() - 1) + ".1f%% |",
                        count == null ? 0.0 : 100.0 * count.sum() / Math.max(1, total)));
            }
            return row.append(String.format(Locale.ROOT, " %8d |%n", total)).toString();
        }
    }
}
