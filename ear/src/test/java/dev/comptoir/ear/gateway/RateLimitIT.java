package dev.comptoir.ear.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.ear.support.Deployments;
import dev.comptoir.ear.support.Shop;
import dev.comptoir.testing.JsonHttp;
import dev.comptoir.testing.JsonResponse;
import dev.comptoir.testing.Tokens;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * The gateway's rate limits, switched on by an operator for the test: a token bucket per client and route,
 * 429 problem documents with Retry-After, and the RateLimit-Policy / RateLimit fields on every limited answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateLimitIT {

    private static final String OVERVIEW = "GET api/customers/{id}/overview";
    private static final String VIEW = "GET api/views/customers/{id}";
    private static final String POLICY = "{\"enabled\":true,\"limit\":1000,\"periodSeconds\":1,\"routes\":{\""
            + OVERVIEW + "\":{\"limit\":3,\"periodSeconds\":60},\"" + VIEW + "\":{\"limit\":10,\"periodSeconds\":1}}}";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.comptoirEar();
    }

    @ArquillianResource
    URL base;

    private JsonHttp http;
    private JsonHttp anonymous;
    private final Map<String, JsonHttp> clients = new ConcurrentHashMap<>();
    private JsonHttp operator;
    private String customer;

    @BeforeEach
    void setUp() {
        anonymous = new JsonHttp(base.toString()).anonymous();
        http = Tokens.admin(anonymous);
        operator = Tokens.operator(http);
        customer = new Shop(http).customer("Limited", "100");
        operator.put("/api/admin/rate-limits", POLICY).expect(200);
    }

    @AfterEach
    void restore() {
        operator.delete("/api/admin/rate-limits").expect(200);
    }

    @Test
    void refusesTheRequestBeyondTheLimitWithRetryAfterAndRateLimitFields() {
        String subject = UUID.randomUUID().toString();
        for (int left = 2; left >= 0; left--) {
            JsonResponse admitted = overview(subject);
            assertEquals(200, admitted.status());
            assertEquals("\"route\";q=3;w=60", admitted.header("RateLimit-Policy"));
            assertTrue(
                    admitted.header("RateLimit").startsWith("\"route\";r=" + left + ";t="),
                    admitted.header("RateLimit"));
        }

        JsonResponse refused = overview(subject);

        assertTrue(refused.problem(429).getString("type").endsWith(":rate-limited"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "a token comes back every 20 s: " + retryAfter);
        assertEquals("\"route\";q=3;w=60", refused.header("RateLimit-Policy"));
        assertTrue(refused.header("RateLimit").startsWith("\"route\";r=0;t="), refused.header("RateLimit"));
    }

    @Test
    void eachRouteHasItsOwnBucket() {
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < 4; i++) {
            overview(subject);
        }
        assertEquals(429, overview(subject).status());

        JsonResponse other = as(subject).get("/api/aggregate/customers/" + customer);

        assertEquals(200, other.status());
        assertEquals("\"route\";q=1000;w=1", other.header("RateLimit-Policy"));
    }

    @Test
    void clientsAreToldApartByTheirTokensSubjectWhateverApiKeyTheySend() {
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, overview(subject, UUID.randomUUID().toString()).status());
        }
        assertEquals(429, overview(subject, UUID.randomUUID().toString()).status(), "the same subject, another key");
        assertEquals(200, overview(UUID.randomUUID().toString()).status(), "another subject has its own bucket");
    }

    @Test
    void aNoisyClientAtTenTimesItsQuotaDoesNotThrottleAQuietOne() throws Exception {
        ExecutorService noisyThreads = Executors.newFixedThreadPool(2);
        try {
            String noisy = UUID.randomUUID().toString();
            List<Future<Integer>> noise = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                noise.add(noisyThreads.submit(() -> overview(noisy).status()));
            }
            String quiet = UUID.randomUUID().toString();
            for (int i = 0; i < 3; i++) {
                assertEquals(200, overview(quiet).status(), "the quiet client gets its whole quota");
            }
            long noisyAdmitted = 0;
            for (Future<Integer> status : noise) {
                noisyAdmitted += status.get() == 200 ? 1 : 0;
            }
            assertEquals(3, noisyAdmitted, "the noisy client gets its quota and no more");
        } finally {
            noisyThreads.shutdownNow();
        }
    }

    @Test
    void atTwiceTheLimitTheAdmittedRateStaysAtTheLimit() throws Exception {
        String subject = UUID.randomUUID().toString();
        String path = "/api/views/customers/" + UUID.randomUUID();
        int burst = 0;
        long draining = System.nanoTime();
        while (view(path, subject).status() != 429) {
            burst++; // empties the bucket's first burst, so that what follows is admitted by the refill alone
        }
        // The bucket refills at 10/s while it is drained: on a loaded machine that adds to its size of 10.
        double refilled = 10 * (System.nanoTime() - draining) / 1e9;
        assertTrue(
                burst <= 10 + Math.ceil(refilled),
                "the burst is the bucket's size: " + burst + ", refilled " + refilled);
        ScheduledExecutorService offered = Executors.newScheduledThreadPool(4);
        try {
            long start = System.nanoTime();
            List<CompletableFuture<JsonResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                CompletableFuture<JsonResponse> answer = new CompletableFuture<>();
                offered.schedule(() -> answer.complete(view(path, subject)), i * 50L, TimeUnit.MILLISECONDS);
                answers.add(answer);
            }
            long admitted = 0;
            for (CompletableFuture<JsonResponse> answer : answers) {
                admitted += answer.get(60, TimeUnit.SECONDS).status() != 429 ? 1 : 0;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double ratio = admitted / seconds / 10;
            System.out.printf(
                    "Offered 20/s for %.2f s against 10/s: %d admitted, %.3f of the limit%n", seconds, admitted, ratio);
            assertTrue(ratio <= 1.05, "admitted " + ratio + " x the limit");
            assertTrue(ratio >= 0.8, "admitted only " + ratio + " x the limit");
        } finally {
            offered.shutdownNow();
        }
    }

    @Test
    void anOperatorCanTurnTheLimitsOffAndNoFieldsAreSentThen() {
        operator.put("/api/admin/rate-limits", "{\"enabled\":false,\"limit\":1,\"periodSeconds\":60}")
                .expect(200);
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            JsonResponse answer = overview(subject);
            assertEquals(200, answer.status());
            assertNull(answer.header("RateLimit"));
        }
        assertEquals(401, anonymous.put("/api/admin/rate-limits", POLICY).status(), "changing limits takes a token");
        assertEquals(
                403,
                anonymous
                        .bearer(Tokens.customer(customer))
                        .put("/api/admin/rate-limits", POLICY)
                        .status(),
                "and the operator role");
        assertEquals(
                "limit",
                operator.put("/api/admin/rate-limits", "{\"enabled\":true,\"limit\":0,\"periodSeconds\":1}")
                        .problem(400)
                        .getJsonArray("violations")
                        .getJsonObject(0)
                        .getString("field"));
    }

    /** A client is the subject of its token (the rate limiter's key when a token is present), signed once. */
    private JsonHttp as(String subject) {
        return clients.computeIfAbsent(
                subject,
                name -> anonymous.bearer(
                        Tokens.sign(Tokens.claims(name, "admin").build())));
    }

    private JsonResponse overview(String subject) {
        return as(subject).get("/api/customers/" + customer + "/overview");
    }

    private JsonResponse overview(String subject, String apiKey) {
        return as(subject).get("/api/customers/" + customer + "/overview", "X-Api-Key", apiKey);
    }

    private JsonResponse view(String path, String subject) {
        return as(subject).get(path);
    }
}
