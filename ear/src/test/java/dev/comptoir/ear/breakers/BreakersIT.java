package dev.comptoir.ear.breakers;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.ManagementApi;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The six circuit breakers on the aggregator's calls to Customers, driven through the real HTTP path
 * ({@code /api/customers/{id}/overview} asks Customers exactly once, and needs its answer) with faults
 * injected into the real Customers service. All six run on the system's clock: open times are short and real, and
 * the test calls until one is let through, checking how long after the opening that came.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BreakersIT {

    private static final String BREAKER = "/api/admin/breakers/customers";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp http;
    private JsonHttp operator;
    private JsonHttp anonymous;
    private JsonHttp customerClient;
    private Faults faults;
    private String customer;

    @BeforeEach
    void setUp() {
        String server = "http://" + base.getHost() + ":" + base.getPort() + "/";
        http = Tokens.admin(new JsonHttp(server));
        operator = Tokens.operator(http);
        faults = new Faults(server);
        customer = new Shop(http).customer("Breakers", "100");
        anonymous = new JsonHttp(server).anonymous();
        customerClient = anonymous.bearer(Tokens.customer(customer));
    }

    @AfterEach
    void restore() {
        faults.clear("customers");
        for (String service : List.of("customers", "orders", "inventory")) {
            operator.delete("/api/admin/breakers/" + service).expect(200);
        }
    }

    @Test
    void simpleOpensAtHalfOfFourCallsFailedHalfOpensAfterItsDelayAndClosesAfterTwoTrials() {
        configure("{\"variant\":\"simple\",\"windowSize\":4,\"failureRate\":50,\"openMs\":2000,\"halfOpenCalls\":2}");
        assertEquals("microprofile-fault-tolerance", breaker().getString("engine"));
        assertEquals(4, breaker().getJsonObject("thresholds").getInt("windowSize"), "the one settings model's names");

        assertEquals("ok", call());
        assertEquals("failed", failingCall());
        assertEquals("ok", call());
        assertEquals("CLOSED", state(), "3 calls: the window of 4 is not full yet");
        long beforeOpening = System.nanoTime();
        assertEquals("failed", failingCall());
        assertEquals("OPEN", state(), "2 failed of the last 4 is the 0.5 ratio");

        assertEquals("ok", letThroughAfter(beforeOpening, 2_000));
        assertEquals("HALF_OPEN", state(), "one of the two trial calls");
        assertEquals("ok", call());
        assertEquals(List.of("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED"), transitions());
    }

    @Test
    void counterOpensAfterExactlyThreeConsecutiveFailuresClosesAfterOneTrialAndOnlyResets() {
        configure("{\"variant\":\"counter\",\"windowSize\":3,\"openMs\":2000,\"halfOpenCalls\":1}");

        failingCall();
        failingCall();
        call();
        failingCall();
        failingCall();
        assertEquals("CLOSED", state(), "a success broke the run: never 3 failures in a row");
        JsonObject counts = breaker().getJsonObject("counts");
        assertEquals(4, counts.getInt("failedCalls"), "MicroProfile's own count: " + counts);
        assertEquals(1, counts.getInt("successfulCalls"), counts.toString());
        long beforeOpening = System.nanoTime();
        assertEquals("failed", failingCall());
        assertEquals("OPEN", state());
        assertEquals("circuit_open", call());

        JsonObject refused = operator.post(BREAKER + "/force-open", "").problem(409);
        assertTrue(refused.getString("type").endsWith(":breaker-not-overridable"), refused.toString());
        assertEquals("ok", letThroughAfter(beforeOpening, 2_000));
        assertEquals("CLOSED", state(), "after the one trial call");
        assertEquals(List.of("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED"), transitions());

        repeat(3, this::failingCall);
        assertEquals("OPEN", state());
        operator.post(BREAKER + "/reset", "").expect(200);
        assertEquals("CLOSED", state());
        assertEquals("ok", call());
    }

    @Test
    void timedStaysOpenForItsTimeThenClosesWithoutTrialCalls() {
        configure("{\"variant\":\"timed\",\"windowSize\":4,\"minimumCalls\":4,\"failureRate\":50,\"openMs\":1500}");
        double opensBefore = metric("comptoir_breaker_transitions_total", "from=\"CLOSED\"", "to=\"OPEN\"");

        failingCall();
        call();
        failingCall();
        assertEquals("CLOSED", state());
        long beforeOpening = System.nanoTime();
        call();
        assertEquals("OPEN", state(), "2 of 4 failed: 50%");

        assertEquals("circuit_open", call());
        assertEquals("ok", letThroughAfter(beforeOpening, 1_500));
        assertEquals("CLOSED", state(), "closed by itself: the call let through was no trial");
        assertEquals(List.of("CLOSED>OPEN", "OPEN>CLOSED"), transitions());
        assertEquals(
                opensBefore + 1,
                metric("comptoir_breaker_transitions_total", "from=\"CLOSED\"", "to=\"OPEN\""),
                () -> "the transition is counted in WildFly's Micrometer registry: "
                        + scrape().lines()
                                .filter(line -> line.contains("comptoir"))
                                .collect(Collectors.toList()));
        assertEquals(1.0, metric("comptoir_breaker_state", "state=\"CLOSED\""));
    }

    @Test
    void gaugeOpensOnTheSlowCallRateLetsTwoTrialCallsThroughAndClosesAfterThem() throws Exception {
        configure("{\"variant\":\"gauge\",\"windowSize\":5,\"minimumCalls\":5,\"failureRate\":100,"
                + "\"slowCallMs\":300,\"slowCallRate\":60,\"openMs\":1500,\"halfOpenCalls\":2}");

        call();
        slowCall(500);
        call();
        slowCall(500);
        assertEquals("CLOSED", state());
        long beforeOpening = System.nanoTime();
        slowCall(500);
        assertEquals("OPEN", state(), "3 of 5 slower than 300 ms: 60%");
        assertTrue(breaker()
                .getJsonArray("transitions")
                .getJsonObject(0)
                .getString("cause")
                .contains("slow-call rate"));

        assertEquals("circuit_open", call());
        faults.delay("customers", ".*", 800);
        assertEquals("ok", letThroughAfter(beforeOpening, 1_500), "the first trial call, slow");
        long reopening = System.nanoTime();
        List<CompletableFuture<String>> trials = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            trials.add(CompletableFuture.supplyAsync(this::call));
        }
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> trial : trials) {
            outcomes.add(trial.get(10, TimeUnit.SECONDS));
        }
        Collections.sort(outcomes);
        assertEquals(List.of("circuit_open", "ok"), outcomes, "2 trial calls, no more");
        assertEquals("OPEN", state(), "both trials were slow");

        faults.clear("customers");
        assertEquals("ok", letThroughAfter(reopening, 1_500));
        call();
        assertEquals(
                List.of("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED"),
                transitions());
    }

    @Test
    void aTimeBasedGaugeForgetsFailuresOlderThanItsWindow() {
        configure("{\"variant\":\"gauge\",\"window\":\"time\",\"windowSize\":2,\"minimumCalls\":3,\"failureRate\":50}");

        failingCall();
        failingCall();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> breaker().getJsonObject("counts").getInt("bufferedCalls") == 0);
        call();
        failingCall();
        assertEquals("CLOSED", state(), "the first two failures left the 2 s window: 2 calls in it");
        failingCall();
        assertEquals("OPEN", state(), "2 of the 3 calls in the window failed");
    }

    @Test
    void theAdaptiveBreakerTripsOnALatencyRegressionAFixedThresholdLetsThroughAndBacksOff() {
        configure(
                "{\"variant\":\"gauge\",\"windowSize\":10,\"minimumCalls\":5,\"slowCallMs\":1000,\"slowCallRate\":50}");
        faults.delay("customers", ".*", 10);
        repeat(10, this::call);
        faults.delay("customers", ".*", 150);
        repeat(10, this::call);
        assertEquals("CLOSED", state(), "150 ms is far below the fixed 1 s slow-call threshold");

        configure("{\"variant\":\"adaptive\",\"warmupCalls\":15,\"recentCalls\":5,\"openMs\":1000,"
                + "\"maxOpenMs\":8000,\"stableMs\":3000,\"halfOpenCalls\":2}");
        faults.delay("customers", ".*", 10);
        repeat(15, this::call);
        JsonObject learned = breaker().getJsonObject("thresholds");
        assertTrue(learned.getBoolean("warmedUp"));
        assertTrue(learned.getInt("latencyThresholdMs") < 150, "learned threshold: " + learned);
        faults.delay("customers", ".*", 150);
        int slowCalls = 0;
        long beforeOpening = System.nanoTime();
        while (!state().equals("OPEN") && slowCalls < 5) {
            beforeOpening = System.nanoTime();
            call();
            slowCalls++;
        }
        assertEquals("OPEN", state(), "tripped within 5 calls of the regression: " + breaker());
        assertTrue(lastCause().startsWith("median latency"), lastCause());
        assertEquals(2000, breaker().getJsonObject("thresholds").getInt("nextOpenMs"), "the next open time doubled");

        assertEquals("ok", letThroughAfter(beforeOpening, 1_000), "the trial call, slow still");
        long reopened = System.nanoTime();
        assertEquals("OPEN", state(), "the trial call was still slow");
        assertTrue(lastCause().endsWith("open for 2000 ms"), lastCause());
        // The service fast again: no injected delay, so that the trial calls stay under the threshold learned from
        // 10 ms calls even when this machine is loaded (a CI run on PostgreSQL judged one of them slow).
        faults.delay("customers", ".*", 0);
        // Backed off: 2 s, not 1 (less a margin for the trial call's own answer, sent after it reopened).
        assertEquals("ok", letThroughAfter(reopened, 1_800));
        long beforeClosing = System.nanoTime();
        call();
        assertEquals("CLOSED", state());
        assertEquals(4000, breaker().getJsonObject("thresholds").getInt("nextOpenMs"));
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> breaker().getJsonObject("thresholds").getInt("nextOpenMs") == 2000);
        long stableMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - beforeClosing);
        assertTrue(stableMs >= 3_000, "3 s closed without a trip halve it, not sooner: " + stableMs + " ms");
    }

    @Test
    void anOperatorOverrideWinsOverTheAutomaticStateUntilReleasedAndIsAudited() throws Exception {
        configure("{\"variant\":\"manual\",\"windowSize\":4,\"minimumCalls\":4}");

        JsonResponse refused = anonymous.post(BREAKER + "/force-open", "");
        assertEquals(401, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"), refused.header("WWW-Authenticate"));
        assertEquals(
                403, customerClient.post(BREAKER + "/force-open", "").status(), "a user without the operator role");
        assertEquals(401, anonymous.put(BREAKER, "{\"variant\":\"timed\"}").status());
        assertEquals("CLOSED", state(), "refused requests changed nothing");

        faults.delay("customers", ".*", 1_500);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Void>> stream = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://" + base.getHost() + ":" + base.getPort()
                                        + "/api/admin/breakers/events"))
                                .header("Accept", "text/event-stream")
                                .header(
                                        "Authorization",
                                        "Bearer "
                                                + Tokens.sign(Tokens.claims("test-operator", "operator")
                                                        .build()))
                                .build(),
                        HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(events)));
        String snapshot = events.poll(10, TimeUnit.SECONDS);
        assertTrue(
                snapshot != null && snapshot.contains("\"variant\":\"manual\""),
                "a new listener first gets every breaker: " + snapshot);
        operator.post(BREAKER + "/force-open", "").expect(200);
        String event = events.poll(10, TimeUnit.SECONDS);
        stream.cancel(true);
        assertTrue(event != null && event.contains("\"to\":\"FORCED_OPEN\""), "streamed to dashboards: " + event);
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            assertEquals("circuit_open", call(), "forced open while the service is up");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(millis < 200, "an open breaker answers at once, not after the service's 1.5 s: " + millis);
        }
        operator.post(BREAKER + "/release", "").expect(200);

        operator.post(BREAKER + "/force-closed", "").expect(200);
        faults.fail("customers", ".*");
        repeat(8, () -> assertEquals("failed", call(), "forced closed: every call goes through"));
        assertEquals("FORCED_CLOSED", state(), "8 failures would have opened it: the override wins");
        operator.post(BREAKER + "/release", "").expect(200);
        repeat(4, this::call);
        assertEquals("OPEN", state(), "released: the automatic breaker counts again");
        operator.post(BREAKER + "/release", "").problem(409);

        List<String> audit = operator.get("/api/admin/breakers/audit").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(entry -> entry.getString("breaker").equals("customers"))
                .map(entry -> entry.getString("operator") + " " + entry.getString("action"))
                .limit(5)
                .collect(Collectors.toList());
        String name = ManagementApi.credentials().getProperty("operator.user");
        assertEquals(
                List.of(
                        name + " release",
                        name + " force-closed",
                        name + " release",
                        name + " force-open",
                        name + " configure manual"),
                audit);
    }

    @Test
    void aJmxClientOfTheManagementPortSeesAndForcesTheBreakers() throws Exception {
        Properties credentials = ManagementApi.credentials();
        JMXServiceURL url = new JMXServiceURL("service:jmx:remote+http://" + base.getHost() + ":9990");
        // WildFly's JMX client jar, on a class loader of its own: its remoting classes stay out of Arquillian's way.
        File client = new File(System.getProperty("jboss.home"), "bin/client/jboss-cli-client.jar");
        try (URLClassLoader loader =
                        new URLClassLoader(new URL[] {client.toURI().toURL()}, ClassLoader.getPlatformClassLoader());
                JMXConnector jmx = JMXConnectorFactory.connect(
                        url,
                        Map.of(
                                JMXConnector.CREDENTIALS,
                                new String[] {
                                    credentials.getProperty("admin.user"), credentials.getProperty("admin.password")
                                },
                                JMXConnectorFactory.PROTOCOL_PROVIDER_CLASS_LOADER,
                                loader))) {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            ObjectName customers = server.queryNames(
                            new ObjectName("dev.comptoir:type=CircuitBreaker,name=customers,*"), null)
                    .iterator()
                    .next();
            assertEquals("gauge", server.getAttribute(customers, "Variant"));

            server.invoke(customers, "forceOpen", null, null);
            assertEquals("FORCED_OPEN", state(), "the HTTP view agrees");
            assertEquals("circuit_open", call());
            server.invoke(customers, "release", null, null);
            assertEquals("CLOSED", server.getAttribute(customers, "State"));
            Exception refused = assertThrows(Exception.class, () -> server.invoke(customers, "release", null, null));
            assertTrue(String.valueOf(refused.getCause()).contains("not forced"), String.valueOf(refused));
        }
        JsonObject audited = operator.get("/api/admin/breakers/audit").array().getJsonObject(0);
        assertEquals("jmx release", audited.getString("operator") + " " + audited.getString("action"));
    }

    @Test
    void badSettingsAndUnknownNamesAreRefusedWithProblems() {
        JsonObject invalid = operator.put(BREAKER, "{\"variant\":\"gauge\",\"failureRate\":150,\"window\":\"day\"}")
                .problem(400);
        assertEquals(2, invalid.getJsonArray("violations").size(), invalid.toString());
        JsonObject unknown = operator.put(BREAKER, "{\"variant\":\"gauge\",\"failureRatio\":0.5}")
                .problem(400);
        assertEquals(
                "failureRatio",
                unknown.getJsonArray("violations").getJsonObject(0).getString("field"));
        operator.put("/api/admin/breakers/payments", "{\"variant\":\"gauge\"}").problem(404);
        operator.post(BREAKER + "/explode", "").problem(404);
        assertEquals("gauge", breaker().getString("variant"), "the configured breaker is untouched");
    }

    /** A call through the aggregator: what its breaker and Customers made of the customer's section. */
    private String call() {
        JsonResponse overview = http.get("/api/customers/" + customer + "/overview");
        if (overview.status() == 200) {
            return "ok";
        }
        assertEquals(503, overview.status(), overview.raw());
        return overview.object()
                .getJsonObject("sources")
                .getJsonObject("customer")
                .getString("status");
    }

    private String failingCall() {
        faults.fail("customers", ".*");
        try {
            return call();
        } finally {
            faults.clear("customers");
        }
    }

    private void slowCall(long millis) {
        faults.delay("customers", ".*", millis);
        try {
            assertEquals("ok", call());
        } finally {
            faults.clear("customers");
        }
    }

    private void configure(String settings) {
        operator.put(BREAKER, settings).expect(200);
    }

    private JsonObject breaker() {
        return http.get(BREAKER).expect(200);
    }

    private String state() {
        return breaker().getString("state");
    }

    private String lastCause() {
        return breaker().getJsonArray("transitions").getJsonObject(0).getString("cause");
    }

    /** Oldest first, as FROM>TO. */
    private List<String> transitions() {
        List<String> newestFirst = breaker().getJsonArray("transitions").stream()
                .map(JsonValue::asJsonObject)
                .map(transition -> transition.getString("from") + ">" + transition.getString("to"))
                .collect(Collectors.toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The value of a metric of the customers breaker at WildFly's Prometheus endpoint (0 if absent). */
    private double metric(String name, String... labels) {
        return scrape().lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("breaker=\"customers\""))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private String scrape() {
        try {
            HttpResponse<String> scrape = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://" + base.getHost() + ":9990/prometheus"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scrape.statusCode());
            return scrape.body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Keeps the data lines of a server-sent event stream. */
    private record LineCollector(BlockingQueue<String> lines) implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("data:")) {
                lines.add(line);
            }
        }

        @Override
        public void onError(Throwable failure) {}

        @Override
        public void onComplete() {}
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }

    /**
     * An open time passes in real time: a call every 50 ms from the opening on, each refused until it has passed;
     * the first let through (a trial call, or the timed breaker's first call closed again) comes at least
     * {@code openMs} after the call that opened the breaker was sent. A refused call changes nothing, so the polling
     * does not move the breaker.
     *
     * @return what the call let through made of the customer's section
     */
    private String letThroughAfter(long beforeOpeningNanos, long openMs) {
        AtomicReference<String> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    answer.set(call());
                    return !answer.get().equals("circuit_open");
                });
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - beforeOpeningNanos);
        assertTrue(elapsedMs >= openMs, "refused for the whole " + openMs + " ms, let through at " + elapsedMs + " ms");
        return answer.get();
    }
}
