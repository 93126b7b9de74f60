package dev.comptoir.ear.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.OtlpReceiver;
import dev.comptoir.ear.support.OtlpReceiver.ReceivedSpan;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.AccessLog;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's logging and monitoring, through the real server: the access log line of a gateway request with
 * all its fields, the Micrometer metrics of its route and of the service it called at the management port's
 * /prometheus, and one trace from the gateway through the service to the JMS producer and consumer, as WildFly's
 * OpenTelemetry exporter sends it to a real OTLP/HTTP receiver on loopback.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayObservabilityIT {

    private static final String PROMETHEUS = "http://127.0.0.1:9990/prometheus";
    /** A sample line, {@code name{label="value",...} value}; a value may hold braces, as a route template does. */
    private static final Pattern SAMPLE =
            Pattern.compile("^(\\w+)\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)} ([0-9.eE+-]+)( \\d+)?$");

    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static OtlpReceiver collector;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp admin;
    private String customer;

    @BeforeAll
    static void startCollector() throws IOException {
        collector = new OtlpReceiver();
    }

    @AfterAll
    static void stopCollector() throws IOException {
        collector.close();
        // What WildFly exported, for a look after the run.
        Files.write(
                Path.of("target", "otlp-spans.txt"),
                collector.spans().stream().map(Object::toString).toList());
        Files.write(Path.of("target", "otlp-requests.txt"), collector.requests());
    }

    @BeforeEach
    void setUp() {
        admin = Tokens.admin(new JsonHttp(base.toString()));
        customer = new Shop(admin).customer("Observed", "250");
    }

    @Test
    void theAccessLogLineOfAGatewayRequestHasItsRouteClientStatusLatencyAndCorrelationId() {
        String requestId = "observed-" + UUID.randomUUID();

        JsonObject profile = admin.get("/api/customers/" + customer, "X-Request-Id", requestId)
                .expect(200);

        assertEquals(customer, profile.getString("id"));
        // The gateway's line, written when its answer is complete: after the line of its call to Customers.
        String line = await().atMost(Duration.ofSeconds(10))
                .until(() -> gatewayLine(requestId), Optional::isPresent)
                .orElseThrow();
        Matcher fields = Pattern.compile("^(\\S+) (\\S+) \\[[^]]+] \"GET /api/customers/" + customer
                        + " HTTP/[0-9.]+\" 200 \\d+ (\\d+)ms route=(\\S+) client=(\\S+) requestId=" + requestId + "$")
                .matcher(line);
        assertTrue(fields.matches(), line);
        assertEquals("127.0.0.1", fields.group(1), line);
        assertEquals("test-admin", fields.group(2), line);
        assertEquals("/api/customers/{id}", fields.group(4), line);
        assertEquals("subject:test-admin", fields.group(5), line);
        // The service's line for the same request, under the same id.
        assertTrue(
                AccessLog.requestsWith(requestId).contains("GET /customers/" + customer + " HTTP/1.1"),
                AccessLog.requestsWith(requestId).toString());
    }

    @Test
    void aRequestThroughARouteCountsInThatRoutesAndThatServicesMetrics() throws Exception {
        Map<String, String> route = Map.of("route", "/api/customers/{id}", "status", "200", "outcome", "success");
        Map<String, String> missing = Map.of("route", "/api/customers/{id}", "status", "404");
        Map<String, String> customers = Map.of("service", "customers", "outcome", "success");
        double routeBefore = sum("comptoir_gateway_requests_seconds_count", route);
        double missingBefore = sum("comptoir_gateway_requests_seconds_count", missing);
        double customersBefore = sum("comptoir_gateway_downstream_seconds_count", customers);
        double routeTimeBefore = sum("comptoir_gateway_requests_seconds_sum", route);

        for (int i = 0; i < 3; i++) {
            admin.get("/api/customers/" + customer).expect(200);
        }
        admin.get("/api/customers/" + UUID.randomUUID()).problem(404);

        assertEquals(3, sum("comptoir_gateway_requests_seconds_count", route) - routeBefore);
        assertEquals(1, sum("comptoir_gateway_requests_seconds_count", missing) - missingBefore);
        assertTrue(sum("comptoir_gateway_requests_seconds_sum", route) > routeTimeBefore);
        // Other tests' requests may call Customers too: at least these three calls.
        assertTrue(sum("comptoir_gateway_downstream_seconds_count", customers) - customersBefore >= 3);
        assertTrue(
                sum("comptoir_gateway_downstream_seconds_count", Map.of("service", "customers", "outcome", "refused"))
                        >= 1);
    }

    @Test
    void oneTraceRunsFromTheGatewayThroughTheServiceToTheJmsProducerAndConsumer() {
        String path = "/api/customers/" + customer;
        admin.put(
                        path,
                        "{\"name\":\"Traced\",\"email\":\"traced-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":300}")
                .expect(200);

        ReceivedSpan gateway = awaitSpan(
                "the gateway's server span",
                s -> s.kind().equals("SERVER")
                        && s.attribute("url.path").equals(path)
                        && s.attribute("http.request.method").equals("PUT"));
        String trace = gateway.traceId();
        // Every subscriber group of customer-events that applies the event through its inbox makes a consumer span.
        ReceivedSpan consumer = awaitSpan(
                "a consumer span in the gateway's trace",
                s -> s.traceId().equals(trace) && s.kind().equals("CONSUMER"));
        Map<String, ReceivedSpan> byId = spansOf(trace).stream()
                .collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a));
        ReceivedSpan producer = byId.get(consumer.parentSpanId());
        assertTrue(producer != null && producer.kind().equals("PRODUCER"), "consumer's parent: " + spansOf(trace));
        assertEquals("java:/jms/topic/customer-events", producer.attribute("messaging.destination.name"));
        assertEquals("CustomerChanged", producer.attribute("comptoir.event.type"));
        ReceivedSpan service = ancestor(byId, producer, s -> s.kind().equals("SERVER"));
        assertEquals(
                "/customers/" + customer,
                service.attribute("url.path"),
                spansOf(trace).toString());
        ReceivedSpan caller = ancestor(byId, service, s -> s.kind().equals("SERVER"));
        assertEquals(gateway.spanId(), caller.spanId(), spansOf(trace).toString());
        // The aggregator's own read model is one of those groups: its consumer is in the trace too.
        awaitSpan(
                "the aggregator's customerview consumer span in the gateway's trace",
                s -> s.traceId().equals(trace)
                        && s.kind().equals("CONSUMER")
                        && "customerview-customer-events".equals(s.attribute("messaging.consumer.group.name")));
    }

    /**
     * No span is left current on a worker thread for the next request it serves (which would be taken for that
     * span's child, with no server span of its own): neither by a downstream call that got no answer (here
     * Customers answers after the REST client's 3 s read timeout) nor by anything the earlier tests did. Several
     * such calls at once, then enough requests of the route to pass through every worker thread, each of which
     * must have its own gateway server span at the root of its trace.
     */
    @Test
    void aCallThatGotNoAnswerLeavesNoSpanCurrentForTheNextRequests() {
        String path = "/api/customers/" + customer;
        Faults faults = new Faults(base.toString());
        faults.delay("customers", customer, 3_500);
        try {
            List<CompletableFuture<Integer>> unanswered = IntStream.range(0, 6)
                    .mapToObj(i ->
                            CompletableFuture.supplyAsync(() -> admin.get(path).status()))
                    .toList();
            unanswered.forEach(status -> assertEquals(503, status.join()));
        } finally {
            faults.clear("customers");
            // Six failed calls may open Customers' breaker; the requests below must reach Customers.
            Tokens.operator(new JsonHttp(base.toString()))
                    .post("/api/admin/breakers/customers/reset", "")
                    .expect(200);
        }

        // Requests told apart by a query parameter the route takes (the gateway refuses one it does not take):
        // the customer's view (the aggregator's read model, already fed by the customer's creation) with limits.
        String viewPath = "/api/views/customers/" + customer;
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.get(viewPath).status() == 200);
        List<String> queries =
                IntStream.range(0, 40).mapToObj(i -> "limit=" + (i + 1)).toList();
        queries.forEach(query -> admin.get(viewPath + "?" + query).expect(200));

        Function<String, Optional<ReceivedSpan>> serverSpan =
                query -> span(s -> s.kind().equals("SERVER")
                        && s.attribute("url.path").equals(viewPath)
                        && s.attribute("url.query").equals(query));
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> queries.stream().map(serverSpan).allMatch(Optional::isPresent));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Requests with no server span of their own: "
                    + queries.stream()
                            .filter(query -> serverSpan.apply(query).isEmpty())
                            .toList());
        }
        for (String query : queries) {
            ReceivedSpan server = serverSpan.apply(query).orElseThrow();
            assertEquals("", server.parentSpanId(), "not the root of its own trace: " + server);
        }
    }

    private static Optional<String> gatewayLine(String requestId) {
        return AccessLog.linesWith(requestId).stream()
                .filter(line -> line.contains("\"GET /api/"))
                .findFirst();
    }

    private static ReceivedSpan awaitSpan(String what, Predicate<ReceivedSpan> which) {
        try {
            return await().atMost(Duration.ofSeconds(30))
                    .until(() -> span(which), Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "No " + what + " within 30 s; the receiver got " + collector.requests() + " with spans "
                            + collector.spans(),
                    e);
        }
    }

    private static Optional<ReceivedSpan> span(Predicate<ReceivedSpan> which) {
        return collector.spans().stream().filter(which).findFirst();
    }

    private static List<ReceivedSpan> spansOf(String trace) {
        return collector.spans().stream().filter(s -> s.traceId().equals(trace)).toList();
    }

    /** The nearest span above this one, following parents, that matches. */
    private static ReceivedSpan ancestor(
            Map<String, ReceivedSpan> byId, ReceivedSpan from, Predicate<ReceivedSpan> which) {
        for (ReceivedSpan up = byId.get(from.parentSpanId()); up != null; up = byId.get(up.parentSpanId())) {
            if (which.test(up)) {
                return up;
            }
        }
        throw new AssertionError("no such ancestor of " + from + " in " + byId.values());
    }

    /** The sum of a metric's samples whose labels include these, as the management port's /prometheus shows. */
    private static double sum(String metric, Map<String, String> labels) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(PROMETHEUS))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        double total = 0;
        for (String line : response.body().lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches() && sample.group(1).equals(metric)) {
                Map<String, String> found = LABEL.matcher(sample.group(2))
                        .results()
                        .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2)));
                if (found.entrySet().containsAll(labels.entrySet())) {
                    total += Double.parseDouble(sample.group(3));
                }
            }
        }
        return total;
    }
}
