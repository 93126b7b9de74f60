package dev.comptoir.ear.bench;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.testing.Faults;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The breaker's tuning (docs/patterns/10-circuit-breakers.md): the adaptive breaker against two fixed slow-call
 * thresholds, on the aggregator's calls to Customers ({@code /api/customers/{id}/overview} asks Customers once and
 * needs it), one call at a time. For each breaker, a fast service (10 ms plus up to 20 ms of jitter) and a slow
 * but healthy one (200 ms plus up to 40 ms), made so by fault injection: the threshold in force after
 * {@value #HEALTHY_CALLS} healthy calls, how often the breaker tripped on the healthy service, and, after a fresh
 * breaker and the same healthy calls, how many calls of a regression (the service slower by 50 or by 300 ms) it
 * took to trip, if it did within {@value #REGRESSION_CALLS}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdaptiveBreakerBenchmark {

    private static final int HEALTHY_CALLS = Integer.getInteger("bench.healthy-calls", 40);
    private static final int REGRESSION_CALLS = Integer.getInteger("bench.regression-calls", 40);
    private static final String BREAKER = "/api/admin/breakers/customers";

    private record Setting(String name, String json, String fixedThreshold) {}

    private record Service(String name, long latencyMs, long jitterMs) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting("adaptive (defaults)", "{\"variant\":\"adaptive\"}", null),
            new Setting(
                    "gauge, slow calls >= 2000 ms (as configured)",
                    "{\"variant\":\"gauge\",\"windowSize\":20,\"minimumCalls\":10,\"slowCallMs\":2000,"
                            + "\"slowCallRate\":80}",
                    "2000"),
            new Setting(
                    "gauge, slow calls >= 100 ms",
                    "{\"variant\":\"gauge\",\"windowSize\":20,\"minimumCalls\":10,\"slowCallMs\":100,"
                            + "\"slowCallRate\":80}",
                    "100"));
    private static final List<Service> SERVICES =
            List.of(new Service("fast, 10 + 0..20 ms", 10, 20), new Service("slow, 200 + 0..40 ms", 200, 40));
    private static final List<Long> REGRESSIONS_MS = List.of(50L, 300L);

    private final JsonHttp http = Tokens.admin(new JsonHttp("http://127.0.0.1:8080/"));
    private final JsonHttp operator = Tokens.operator(http);
    private final Faults faults = new Faults("http://127.0.0.1:8080/");
    private String customer;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.comptoirEar();
    }

    @Test
    void adaptiveAgainstFixedThresholdsOnAHealthyServiceAndOnRegressions() {
        customer = http.post(
                        "/customers/",
                        "{\"name\":\"Bench\",\"email\":\"bench-" + UUID.randomUUID()
                                + "@comptoir.test\",\"creditLimit\":100}")
                .expect(201)
                .getString("id");
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nAdaptive breaker benchmark: Customers' breaker, one call at a time through"
                        + " /api/customers/{id}/overview; %d healthy calls, then up to %d calls of a regression%n"
                        + "| %-44s | %-20s | %12s | %13s | %14s | %14s |%n|---|---|---:|---:|---:|---:|%n",
                HEALTHY_CALLS,
                REGRESSION_CALLS,
                "breaker",
                "service",
                "threshold ms",
                "healthy trips",
                "+50 ms: trips at",
                "+300 ms: trips at"));
        try {
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                healthy(SETTINGS.get(0), SERVICES.get(0));
            }
            for (Setting setting : SETTINGS) {
                for (Service service : SERVICES) {
                    Healthy healthy = healthy(setting, service);
                    StringBuilder regressions = new StringBuilder();
                    for (long slower : REGRESSIONS_MS) {
                        Healthy before = healthy(setting, service);
                        regressions.append(String.format(
                                Locale.ROOT,
                                " %14s |",
                                before.trips > 0
                                        ? "open already"
                                        : callsToTrip(service.latencyMs + slower, service.jitterMs)));
                    }
                    report.append(String.format(
                            Locale.ROOT,
                            "| %-44s | %-20s | %12s | %13s |%s%n",
                            setting.name,
                            service.name,
                            healthy.threshold,
                            healthy.trips + " of " + HEALTHY_CALLS,
                            regressions));
                }
            }
        } finally {
            faults.clear("customers");
            operator.delete(BREAKER).expect(200);
        }
        System.out.println(report);
    }

    private record Healthy(String threshold, long trips) {}

    /** A fresh breaker of this setting, the healthy service's calls: the threshold then, and its trips. */
    private Healthy healthy(Setting setting, Service service) {
        operator.put(BREAKER, setting.json).expect(200);
        delay(service.latencyMs, service.jitterMs);
        for (int i = 0; i < HEALTHY_CALLS; i++) {
            call();
        }
        JsonObject breaker = http.get(BREAKER).expect(200);
        String threshold = setting.fixedThreshold != null
                ? setting.fixedThreshold
                : String.valueOf(breaker.getJsonObject("thresholds").getInt("latencyThresholdMs"));
        return new Healthy(threshold, trips(breaker));
    }

    /** Calls of the slower service until the breaker opens: how many, or "no" within REGRESSION_CALLS. */
    private String callsToTrip(long latencyMs, long jitterMs) {
        delay(latencyMs, jitterMs);
        for (int i = 1; i <= REGRESSION_CALLS; i++) {
            call();
            if (trips(http.get(BREAKER).expect(200)) > 0) {
                return "call " + i;
            }
        }
        return "no";
    }

    private void call() {
        int status = http.get("/api/customers/" + customer + "/overview").status();
        if (status != 200 && status != 503) {
            throw new AssertionError("The overview answered " + status);
        }
    }

    private void delay(long latencyMs, long jitterMs) {
        faults.rules(
                "customers",
                "[{\"pathPattern\":\".*\",\"latencyMs\":" + latencyMs + ",\"jitterMs\":" + jitterMs
                        + ",\"failureRate\":0}]");
    }

    private static long trips(JsonObject breaker) {
        return breaker.getJsonArray("transitions").stream()
                .map(JsonValue::asJsonObject)
                .filter(transition -> transition.getString("to").equals("OPEN"))
                .count();
    }
}
